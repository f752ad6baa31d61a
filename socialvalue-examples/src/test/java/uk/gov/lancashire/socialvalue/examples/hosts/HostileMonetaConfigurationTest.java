package uk.gov.lancashire.socialvalue.examples.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No host setting changes a figure: the Lancashire scenario run in a JVM whose class path carries a
 * hostile {@code javamoney.properties} (Moneta's default precision 7 digits, rounding down, at a
 * priority above Moneta's own file) gives exactly the figures of a normal run.
 *
 * <p>The forked JVM first shows that the configuration is live: an amount made with Moneta's default
 * context there loses digits. The SDK never uses that default (every amount is made with {@code
 * Amounts.CONTEXT}), so nothing else may differ.
 */
class HostileMonetaConfigurationTest {

  private static final String HOSTILE = String.join("\n",
      "{10}org.javamoney.moneta.Money.defaults.precision=7",
      "{10}org.javamoney.moneta.Money.defaults.roundingMode=DOWN",
      "");

  @Test
  void aHostileJavamoneyPropertiesChangesNoFigureOfTheLancashireScenario(@TempDir Path dir) throws Exception {
    Path config = Files.createDirectories(dir.resolve("hostile"));
    Files.writeString(config.resolve("javamoney.properties"), HOSTILE, StandardCharsets.UTF_8);
    Path out = dir.resolve("figures.txt");

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(config + java.io.File.pathSeparator + System.getProperty("java.class.path"));
    command.add("-Djava.util.logging.config.file=" + dir.resolve("no-logging.properties"));
    command.add(ScenarioFigures.class.getName());
    command.add(out.toString());
    Files.writeString(dir.resolve("no-logging.properties"), ".level=WARNING\n", StandardCharsets.UTF_8);
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the forked run finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();

    String[] hostile = Files.readString(out, StandardCharsets.UTF_8).split("\n", 2);
    assertThat(hostile[0]).as("the hostile configuration is live in the forked JVM")
        .isEqualTo("12345670");
    assertThat(ScenarioFigures.probe()).as("and not in this one").isEqualTo(ScenarioFigures.PROBE);

    String normal = ScenarioFigures.figures();
    List<String> normalLines = normal.lines().toList();
    List<String> hostileLines = hostile[1].lines().toList();
    for (int i = 0; i < Math.min(normalLines.size(), hostileLines.size()); i++) {
      assertThat(hostileLines.get(i)).as("line %d", i + 1).isEqualTo(normalLines.get(i));
    }
    assertThat(hostile[1]).isEqualTo(normal);
  }
}
