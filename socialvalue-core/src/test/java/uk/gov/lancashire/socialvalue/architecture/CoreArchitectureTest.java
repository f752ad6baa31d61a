package uk.gov.lancashire.socialvalue.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core stays embeddable (no JSON library, no logging, no console output, no network) and layered:
 * no package cycle, and each package uses only the packages listed before it in the package table of
 * {@code socialvalue-core/README.md}, which this test reads so the table and the code cannot drift.
 */
class CoreArchitectureTest {

  private static final String ROOT = "uk.gov.lancashire.socialvalue";
  private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z]+)` \\|", Pattern.MULTILINE);

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  /** @return the core's packages, lowest first, as the README's package table lists them */
  static List<String> readmePackageOrder() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> packages = new ArrayList<>();
    Matcher row = TABLE_ROW.matcher(readme);
    while (row.find()) {
      packages.add(row.group(1));
    }
    return packages;
  }

  // -------------------------------------------------------------------------------------------------
  // structure

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void everyPackageIsInTheReadmeTable() throws IOException {
    Set<String> actual = new TreeSet<>();
    for (JavaClass c : core) {
      actual.add(c.getPackageName().substring(ROOT.length() + 1).split("\\.")[0]);
    }
    assertThat(new TreeSet<>(readmePackageOrder())).isEqualTo(actual);
  }

  @Test
  void eachPackageUsesOnlyThePackagesListedBeforeIt() throws IOException {
    List<String> order = readmePackageOrder();
    assertThat(order).hasSizeGreaterThan(5);
    for (int i = 0; i < order.size(); i++) {
      List<String> higher = order.subList(i + 1, order.size());
      if (higher.isEmpty()) {
        continue;
      }
      String[] forbidden = higher.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new);
      noClasses().that().resideInAPackage(ROOT + "." + order.get(i) + "..")
          .should().dependOnClassesThat().resideInAnyPackage(forbidden)
          .because("the README lists " + order.get(i) + " before " + higher)
          .check(core);
    }
  }

  // -------------------------------------------------------------------------------------------------
  // embeddable

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
