package uk.gov.lancashire.socialvalue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI tells a JSON document by its content, whatever its encoding: the json module reads UTF-16 and UTF-32
 * (checked strictly), and the CLI takes a UTF-16 little-endian delivery report without a byte order mark, so
 * it must take the same report with a byte order mark (as Windows tools write UTF-16), big-endian, or in
 * UTF-32, rather than read it as a CSV sheet and fail.
 */
class CliWideEncodingTest {

  private static final String REPORT = "{\"format\":\"socialvalue/delivery-report\",\"formatVersion\":1,\"records\":["
      + "{\"id\":\"r1\",\"period\":\"2024/25-Q1\",\"measure\":\"NT1\",\"quantity\":\"1\",\"supplier\":\"s\","
      + "\"status\":\"claimed\"}]}";

  @TempDir
  Path dir;

  @Test
  void aDeliveryReportInUtf16Or32IsReadAsJsonWithOrWithoutAByteOrderMark() throws Exception {
    List<String> refused = new java.util.ArrayList<>();
    for (String encoding : List.of("UTF-16LE", "UTF-16", "UTF-16BE", "UTF-32BE", "UTF-32LE")) {
      for (boolean bom : List.of(false, true)) {
        String text = (bom && !encoding.equals("UTF-16") ? "\uFEFF" : "") + REPORT; // Java's UTF-16 writes one
        Path file = dir.resolve(encoding + (bom ? "-bom" : "") + ".json");
        Files.write(file, text.getBytes(Charset.forName(encoding)));
        SocialValueCliTest.Run r = SocialValueCliTest.run("validate", file.toString());
        if (!(r.out + r.err).contains(": ok (delivery report, 1 record)")) {
          refused.add(encoding + (bom ? " with BOM: " : ": ") + (r.out + r.err).strip());
        }
      }
    }
    assertThat(refused).as("encodings refused").isEmpty();
    // the control: UTF-8
    Path utf8 = Files.write(dir.resolve("utf8.json"), REPORT.getBytes(StandardCharsets.UTF_8));
    assertThat(SocialValueCliTest.run("validate", utf8.toString()).out).contains(": ok (delivery report, 1 record)");
  }
}
