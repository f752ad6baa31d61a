package uk.gov.lancashire.socialvalue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report} without a contract sums delivery records as it reads them, in a small heap, whatever measure
 * codes the input names: 400,000 records each of a code of its own, none of them a measure of the framework,
 * must not need more memory than 400,000 records of a few codes (the input decides the codes, so memory must not
 * grow with them). The control, the same records over seven codes, runs in the same 48 MB heap.
 */
class CliReportManyMeasuresIT {

  private static final Path JAR = Path.of("target", "socialvalue.jar").toAbsolutePath();
  private static final String FRAMEWORK = Path.of("src/main/resources/lancashire/framework.json").toAbsolutePath()
      .toString();
  private static final int RECORDS = 400_000;

  @TempDir
  Path dir;

  @Test
  void aReportOverRecordsOfAsManyUnknownMeasureCodesRunsInTheHeapOfAFewCodes() throws Exception {
    Path few = write(dir.resolve("few.json"), i -> 1000 + i % 7);
    Path many = write(dir.resolve("many.json"), i -> 1000 + i);

    String control = run(few);
    assertThat(control).as("control: seven codes").startsWith("exit 0");

    assertThat(run(many)).as("a code per record").doesNotContain("out of memory");
  }

  /** @return the exit code and standard error of {@code report framework.json -} over the file, at -Xmx48m */
  private String run(Path input) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx48m",
        "-jar", JAR.toString(), "report", FRAMEWORK, "-").directory(dir.toFile());
    builder.redirectInput(input.toFile()).redirectOutput(dir.resolve(".out").toFile())
        .redirectError(dir.resolve(".err").toFile());
    Process p = builder.start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished").isTrue();
    return "exit " + p.exitValue() + ": " + Files.readString(dir.resolve(".err"));
  }

  private static Path write(Path file, java.util.function.IntUnaryOperator code) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write("{\"format\": \"socialvalue/delivery-report\", \"formatVersion\": 1, \"records\": [".getBytes(
          StandardCharsets.US_ASCII));
      for (int i = 0; i < RECORDS; i++) {
        out.write(((i == 0 ? "" : ",") + "{\"id\":\"r" + i + "\",\"period\":\"2024/25-Q1\",\"measure\":\"NT"
            + code.applyAsInt(i) + "\",\"quantity\":\"1\",\"supplier\":\"s\",\"status\":\"claimed\"}")
            .getBytes(StandardCharsets.US_ASCII));
      }
      out.write("]}".getBytes(StandardCharsets.US_ASCII));
    }
    return file;
  }
}
