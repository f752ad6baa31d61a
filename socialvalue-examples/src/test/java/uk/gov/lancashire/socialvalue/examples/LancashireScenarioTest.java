package uk.gov.lancashire.socialvalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command: it prints the summary and writes the report it names. */
class LancashireScenarioTest {

  @Test
  void mainPrintsTheSummaryAndWritesTheReport(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("out/report.html");
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      LancashireScenario.main(new String[] {report.toString()});
    } finally {
      System.setOut(original);
    }
    String printed = captured.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("Lancashire social value framework (illustrative)")
        .contains("1. Local needs and shortlist", "2. Tender", "3. Delivery", "4. Portfolio", "5. Annual statement",
            "6. SROI view")
        .contains("Winner: ")
        .contains("HTML report written to " + report.toAbsolutePath().normalize());
    assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("<svg");
  }
}
