package uk.gov.lancashire.socialvalue.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core stays embeddable: no JSON library, no logging, no console output, no network. */
class CoreArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("uk.gov.lancashire.socialvalue");
  }

  @Test
  void coreDoesNotUseJackson() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml..")
        .check(core);
  }

  @Test
  void coreDoesNotLogOrPrint() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.slf4j..")
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(core);
  }

  @Test
  void coreDoesNotTouchTheNetwork() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.net.http..")
        .check(core);
  }
}
