package uk.gov.lancashire.socialvalue.buildcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** socialvalue-bom has no parent (see its POM), so these checks keep it in step with the reactor. */
class BomTest {

  @Test
  void theBomListsEveryPublishedModuleAndNothingElse() {
    assertThat(Poms.bomArtifacts())
        .as("socialvalue-bom's dependencyManagement against the root's modules that are deployed "
            + "(a module that is never deployed sets <socialvalue.publish.skip>true</socialvalue.publish.skip>)")
        .containsExactlyInAnyOrderElementsOf(Poms.publishedModules());
  }

  @Test
  void theBomManagesTheProjectVersionOfEachModule() {
    Document bom = Poms.bom();
    assertThat(Poms.all(bom, "/project/dependencyManagement/dependencies/dependency/version"))
        .containsOnly("${project.version}");
    assertThat(Poms.all(bom, "/project/dependencyManagement/dependencies/dependency/groupId"))
        .containsOnly("uk.gov.lancashire.socialvalue");
    assertThat(Poms.one(bom, "/project/version")).isEqualTo(System.getProperty("socialvalue.version"));
  }

  @Test
  void theBomCarriesTheParentsMetadata() {
    Document root = Poms.root();
    Document bom = Poms.bom();
    for (String element : List.of("groupId", "url", "inceptionYear", "organization", "licenses", "developers",
        "scm", "issueManagement", "properties/project.build.outputTimestamp")) {
      assertThat(Poms.one(bom, "/project/" + element)).as(element)
          .isNotBlank()
          .isEqualTo(Poms.one(root, "/project/" + element));
    }
  }

  @Test
  void everyPublishedModuleHasAVersionInTheParent() {
    assertThat(Poms.all(Poms.root(), "/project/dependencyManagement/dependencies/dependency/artifactId"))
        .containsAll(Poms.bomArtifacts());
  }
}
