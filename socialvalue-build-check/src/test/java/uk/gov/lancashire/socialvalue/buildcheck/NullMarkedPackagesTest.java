package uk.gov.lancashire.socialvalue.buildcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of the SDK's modules is {@code @NullMarked} (JSpecify): nothing is null unless it says
 * {@code @Nullable}. A package added without its {@code package-info.java}, or one without the annotation,
 * fails here by name.
 */
class NullMarkedPackagesTest {

  private static final List<String> MODULES = List.of("socialvalue-core", "socialvalue-json", "socialvalue-sheets",
      "socialvalue-spark", "socialvalue-examples");
  private static final Pattern NULL_MARKED = Pattern.compile("(?m)^@NullMarked\\s*$");

  @Test
  void everyPackageOfEveryModuleIsNullMarked() throws IOException {
    Set<Path> packages = new TreeSet<>();
    for (String module : MODULES) {
      Path sources = Poms.ROOT.resolve(module).resolve("src/main/java");
      assertThat(sources).as(module).isDirectory();
      try (Stream<Path> files = Files.walk(sources)) {
        files.filter(f -> f.toString().endsWith(".java") && !f.getFileName().toString().equals("module-info.java"))
            .forEach(f -> packages.add(f.getParent()));
      }
    }
    List<String> unmarked = new ArrayList<>();
    for (Path dir : packages) {
      Path info = dir.resolve("package-info.java");
      if (!Files.exists(info) || !NULL_MARKED.matcher(read(info)).find()) {
        unmarked.add(Poms.ROOT.relativize(dir).toString());
      }
    }
    assertThat(packages).as("packages found").hasSizeGreaterThan(30);
    assertThat(unmarked).as("packages without @NullMarked in their package-info.java").isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
