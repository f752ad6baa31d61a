package uk.gov.lancashire.socialvalue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged tool runs with {@code java -jar}, as the README says (run by Failsafe after packaging). */
class CliJarIT {

  private static final Path JAR = Path.of("target", "socialvalue.jar");

  private static List<String> javaJar(String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return command;
  }

  private static String[] run(String... args) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(javaJar(args)).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String[] {String.valueOf(p.exitValue()), out, err};
  }

  @Test
  void javaJarRunsTheTool() throws Exception {
    String[] help = run("--help");
    assertThat(help[0]).isEqualTo("0");
    assertThat(help[1]).startsWith("Usage: socialvalue");

    String[] ok = run("validate", SocialValueCliTest.FRAMEWORK);
    assertThat(ok[0]).isEqualTo("0");
    assertThat(ok[1]).contains(": ok (framework lancashire-toms");
    assertThat(ok[2]).as("no log noise on standard error").isEmpty();

    String[] bad = run("validate", "no-such-file.json");
    assertThat(bad[0]).isEqualTo("1");
    assertThat(bad[2].lines()).hasSize(1);
  }
}
