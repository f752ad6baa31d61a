package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.framework.Framework;

/** Bad and hostile documents: each fails fast, with every problem at its JSON path, in bounded memory. */
class HostileInputTest {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);
  private final String golden = TestFiles.text("sample-framework.json");

  private JsonProblemsException readFails(String document) {
    return (JsonProblemsException) org.assertj.core.api.Assertions.catchThrowable(() -> json.read(Documents.FRAMEWORK, document));
  }

  // ---------------------------------------------------------------- syntax and limits

  @Test
  void truncatedDocumentIsOneProblemNamingWhereItStopped() {
    JsonProblemsException e = readFails(golden.substring(0, golden.length() / 2));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).message()).contains("end-of-input");
  }

  @Test
  void duplicateKeysAreRefused() {
    JsonProblemsException e = readFails(golden.replace("\"id\": \"sample\",", "\"id\": \"sample\", \"id\": \"other\","));

    assertThat(e.getMessage()).contains("Duplicate Object property \"id\"");
  }

  @Test
  void trailingContentIsRefused() {
    assertThatThrownBy(() -> json.read(Documents.FRAMEWORK, golden + "{}")).isInstanceOf(JsonProblemsException.class);
  }

  @Test
  void tenThousandDigitNumberIsRefusedByTheNumberLengthLimit() {
    String digits = "9".repeat(10_000);
    JsonProblemsException e = readFails(golden.replace("\"priceYear\": 2024", "\"priceYear\": " + digits));

    assertThat(e.getMessage()).contains("Number value length").contains("exceeds the maximum allowed (32");
  }

  @Test
  void hugeExponentIsRefusedNotComputed() {
    String document = golden.replace("\"priceYear\": 2024", "\"priceYear\": 1e999999999")
        .replace("\"durationYears\": 3", "\"durationYears\": 1e999999999")
        .replace("\"deadweight\": \"0.10\"", "\"deadweight\": \"1e999999999\"");

    JsonProblemsException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(5), () -> readFails(document));

    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "$.measures[0].adjustments.deadweight: must be a plain decimal such as \"1234.50\" (digits, optional sign"
            + " and point, no exponent), was \"1e999999999\"",
        "$.measures[0].adjustments.durationYears: must be a whole number within ±2147483647, was the number"
            + " 1e999999999",
        "$.proxyEditions[0].values.NT1.priceYear: must be a whole number within ±2147483647, was the number"
            + " 1e999999999");
  }

  @Test
  void deepNestingIsRefusedByTheDepthLimit() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    JsonProblemsException e = readFails(golden.replace("\"licenceNote\": \"MIT\"", "\"licenceNote\": " + deep));

    assertThat(e.getMessage()).contains("Document nesting depth").contains("exceeds the maximum allowed (64");
  }

  @Test
  void hundredMegabyteStringFailsFastReadingOnlyAFractionOfIt() {
    long hundredMegabytes = 100L * 1024 * 1024;
    CountingStream input = new CountingStream(
        "{\"format\": \"socialvalue/framework\", \"formatVersion\": 1, \"title\": \"", hundredMegabytes, 'a', "\"}");

    JsonProblemsException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> (JsonProblemsException) org.assertj.core.api.Assertions.catchThrowable(() -> json.read(Documents.FRAMEWORK, input)));

    assertThat(e.getMessage()).contains("String value length").contains("exceeds the maximum allowed");
    assertThat(input.served()).isLessThan(4L * 1024 * 1024);
  }

  @Test
  void documentLongerThanTheLimitIsRefused() {
    SocialValueJson small = json.withMaxDocumentLength(1000);

    assertThatThrownBy(() -> small.read(Documents.FRAMEWORK, golden)).hasMessageContaining("Document length");
  }

  // ---------------------------------------------------------------- content

  @Test
  void everyWrongTypeAndUnknownFieldIsReportedWithItsPath() {
    String document = golden
        .replace("\"title\": \"Sample framework\"", "\"title\": 7")
        .replace("\"unit\": \"percent\"", "\"unit\": \"percentage\"")
        .replace("\"firstYearOnly\": true", "\"firstYearOnly\": \"yes\"")
        .replace("\"themeId\": \"jobs\"", "\"themeId\": \"jobs\", \"colour\": \"red\"")
        .replace("\"from\": \"2024-04-01\"", "\"from\": \"2024-02-30\"");

    JsonProblemsException e = readFails(document);

    assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
        "$.title", "$.validity.from", "$.outcomes[0].colour", "$.measures[0].countingRules.firstYearOnly",
        "$.measures[2].unit");
    assertThat(e.getMessage()).contains("$.measures[2].unit: unknown unit \"percentage\"; expected one of [");
    assertThat(e.getMessage()).contains("$.outcomes[0].colour: unknown property");
  }

  @Test
  void unknownPropertiesCanBeIgnoredByChoice() {
    String document = golden.replace("\"themeId\": \"jobs\"", "\"themeId\": \"jobs\", \"colour\": \"red\"");

    Framework read = json.withUnknownPropertiesRejected(false).read(Documents.FRAMEWORK, document);

    assertThat(read).isEqualTo(Samples.framework());
  }

  @Test
  void coreValidationProblemsAreMappedOntoJsonPaths() {
    String document = golden
        .replace("\"outcomeId\": \"employment\",\n      \"equivalents\": [],\n      \"alignments\": [\n"
            + "        {\n          \"schemeId\": \"lcc\",\n          \"priorityId\": \"a\"",
            "\"outcomeId\": \"nowhere\",\n      \"equivalents\": [],\n      \"alignments\": [\n"
            + "        {\n          \"schemeId\": \"lcc\",\n          \"priorityId\": \"z\"")
        ;
    int proxyUnit = document.lastIndexOf("\"unit\": \"money\"");
    document = document.substring(0, proxyUnit) + "\"unit\": \"hours\""
        + document.substring(proxyUnit + "\"unit\": \"money\"".length());

    JsonProblemsException e = readFails(document);

    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "$.measures[1].outcomeId: unknown outcome 'nowhere'",
        "$.measures[1].alignments[0]: unknown priority 'z' in scheme 'lcc'",
        "$.proxyEditions[0].values.NT2.unit: proxy is per HOURS but measure NT2 counts MONEY");
  }

  @Test
  void elementProblemsOfTheCoreAreAllReportedTogether() {
    String document = golden
        .replace("\"deadweight\": \"0.10\"", "\"deadweight\": \"1.5\"")
        .replace("\"to\": \"2025-03-31\"", "\"to\": \"2023-03-31\"")
        .replaceFirst("\"amount\": \"0.125\"", "\"amount\": \"0.126\"");

    JsonProblemsException e = readFails(document);

    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "$.validity.to: must not be before from (2024-04-01), was 2023-03-31",
        "$.measures[0].adjustments.deadweight: must be between 0 and 1, was 1.5",
        "$.proxyEditions[0].values.NT1.split: parts add up to 1234.5688, not the amount 1234.5678");
  }

  @Test
  void missingPropertiesAreEachReported() {
    JsonProblemsException e = readFails("{\"format\": \"socialvalue/framework\", \"formatVersion\": 1, \"id\": \"x\"}");

    assertThat(e.problems()).extracting(Problem::path).containsExactly(
        "$.title", "$.edition", "$.validity", "$.currency", "$.provenance", "$.licenceNote");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).isEqualTo("is required"));
  }

  // ---------------------------------------------------------------- format marker

  @Test
  void unknownFormatVersionIsRefusedNamingTheSupportedOnes() {
    JsonProblemsException e = readFails(golden.replace("\"formatVersion\": 1", "\"formatVersion\": 2"));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "$.formatVersion: must be a supported version of socialvalue/framework, was the number 2;"
            + " this library reads versions [1]");
  }

  @Test
  void aDocumentWithoutItsMarkerIsRefused() {
    String document = golden.replace("\"format\": \"socialvalue/framework\",\n  \"formatVersion\": 1,\n", "");

    assertThat(readFails(document).getMessage()).contains(
        "$: is not a socialvalue/framework document: \"format\": \"socialvalue/framework\" and"
            + " \"formatVersion\": 1 are required");
  }

  @Test
  void anEditionDocumentIsNotAFramework() {
    JsonProblemsException e = readFails(TestFiles.text("sample-edition.json"));

    assertThat(e.getMessage()).contains(
        "$.format: expected \"socialvalue/framework\", was the string \"socialvalue/proxy-edition\"");
  }

  /** An input stream of a prefix, a long run of one byte, and a suffix, generated as it is read. */
  private static final class CountingStream extends InputStream {
    private final byte[] prefix;
    private final long fill;
    private final byte filler;
    private final byte[] suffix;
    private long position;

    CountingStream(String prefix, long fill, char filler, String suffix) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
      this.fill = fill;
      this.filler = (byte) filler;
      this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    }

    long served() {
      return position;
    }

    @Override
    public int read() {
      long total = prefix.length + fill + suffix.length;
      if (position >= total) {
        return -1;
      }
      long p = position++;
      if (p < prefix.length) {
        return prefix[(int) p];
      }
      return p < prefix.length + fill ? filler : suffix[(int) (p - prefix.length - fill)];
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len) {
        int c = read();
        if (c < 0) {
          return n == 0 ? -1 : n;
        }
        b[off + n++] = (byte) c;
      }
      return n;
    }
  }
}
