package uk.gov.lancashire.socialvalue.hosts.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.json.Documents;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/**
 * Runs the README's module-path commands word for word (after {@code mvn package} has compiled this module on the
 * module path and copied its libraries to {@code target/lib}), and checks the fact that makes them necessary.
 */
class ModulePathIT {

  static final Path README = Path.of("../../README.md");
  static final String MARKER = "<!-- module-path commands: run by socialvalue-hosts/module-path ModulePathIT -->";
  static final Path DOCUMENT = Path.of("../../socialvalue-examples/src/main/resources/lancashire/valuation.json");

  @Test
  void theReadmeCommandsRunTheApplicationOnTheModulePath() throws Exception {
    Run run = run(List.of("bash", "-euo", "pipefail", "-c", readmeCommands()));

    assertEquals(0, run.exitCode, run.output);
    for (String line : expectedLines()) {
      assertTrue(run.output.contains(line), () -> "missing '" + line + "' in:\n" + run.output);
    }
    assertTrue(run.output.contains("socialvalue-core on the module path: true"), run.output);
  }

  @Test
  void withoutAnOkhttp3ModuleMonetaDoesNotResolve() throws Exception {
    String modulePath;
    try (Stream<Path> jars = Files.list(Path.of("target/lib"))) {
      modulePath = Stream.concat(Stream.of(Path.of("target/classes")),
              jars.filter(p -> !p.getFileName().toString().equals("okhttp3.jar")).sorted())
          .map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
    Run run = run(List.of(tool("java"), "--module-path", modulePath, "--module",
        "uk.gov.lancashire.socialvalue.hosts.modulepath/uk.gov.lancashire.socialvalue.hosts.modulepath.ValueDocument",
        DOCUMENT.toString()));

    assertNotEquals(0, run.exitCode, run.output);
    assertTrue(run.output.contains("Module okhttp3 not found, required by org.javamoney.moneta"), run.output);
  }

  /** The lines the application prints, computed here on the class path with the same SDK. */
  private static List<String> expectedLines() throws IOException {
    ValuationResult result;
    try (InputStream in = Files.newInputStream(DOCUMENT)) {
      result = SocialValueJson.standard().read(Documents.VALUATION, in).withContractValue(Money.of(5_000_000, "GBP")).result();
    }
    return List.of(result.sroiRatio().label() + ": " + result.sroiRatio().toText(2, RoundingMode.HALF_UP),
        "SV%: " + result.socialValuePercent().setScale(2, RoundingMode.HALF_UP));
  }

  /** The README's fenced block right after the marker. */
  private static String readmeCommands() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int at = lines.indexOf(MARKER);
    assertTrue(at >= 0, "README.md has no line " + MARKER);
    assertEquals("```bash", lines.get(at + 1), "the marker must be followed by a ```bash block");
    List<String> block = new ArrayList<>();
    for (int i = at + 2; !lines.get(i).equals("```"); i++) {
      block.add(lines.get(i));
    }
    return String.join("\n", block);
  }

  private static String tool(String name) {
    return Path.of(System.getProperty("java.home.for.hosts", System.getProperty("java.home")), "bin", name).toString();
  }

  private static Run run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // the README's java, javac and jar are those of the JDK running this build
    builder.environment().put("PATH", Path.of(tool("java")).getParent() + File.pathSeparator + System.getenv("PATH"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), output);
  }

  private record Run(int exitCode, String output) {}
}
