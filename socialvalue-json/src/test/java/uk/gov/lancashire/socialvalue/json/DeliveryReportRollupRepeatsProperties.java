package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

/**
 * Review of the streamed reader's refusal of repeated names (session 5) in the parallel JSON roll-up: a name
 * repeated anywhere in a random report (a record's own property, written plainly or through a {@code \}{@code
 * u} escape, a name repeated inside a skipped unknown object or in an object of a skipped array, at the
 * root) stops the reading as {@link SocialValueJson#readDeliveryRecords} stops it, and {@link
 * DeliveryReportRollup} gives exactly the same result, totals and problems, on any chunking and any number
 * of threads.
 */
class DeliveryReportRollupRepeatsProperties {

  private static final SocialValueJson JSON = SocialValueJson.standard();
  private static final PortfolioRollup PLAN = plan();

  private static PortfolioRollup plan() {
    return DeliveryReportRollupProperties.PLAN;
  }

  @Property(tries = 300)
  void aRepeatedNameAnywhereIsRefusedAlikeOnAnyChunkingAndThreads(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 400) int chunkBytes, @ForAll @IntRange(min = 1, max = 4) int threads) {
    Random random = new Random(seed);
    String report = new String(DeliveryReportRollupProperties.report(random), StandardCharsets.UTF_8);
    List<Integer> objects = new ArrayList<>();
    for (int at = report.indexOf("{\""); at >= 0; at = report.indexOf("{\"", at + 1)) {
      objects.add(at);
    }
    if (objects.isEmpty()) {
      return; // cut short before any object
    }
    int at = objects.get(random.nextInt(objects.size())) + 1;
    String first = report.substring(at + 1, Math.max(at + 1, report.indexOf('"', at + 1)));
    String inserted = switch (random.nextInt(4)) {
      case 0 -> "\"" + escapeOne(first, random) + "\":null,"; // the object's first name again, escaped
      case 1 -> "\"" + first + "\":null,"; // the same, plainly
      case 2 -> "\"zz\":{\"q\":1,\"y\":{},\"\\u0071\":2},"; // inside a skipped unknown object
      default -> "\"zz\":[{\"q\":1},{\"q\":[{\"q\":1}],\"w\":1,\"q\":2}],"; // in an object of a skipped array
    };
    byte[] document = (report.substring(0, at) + inserted + report.substring(at)).getBytes(StandardCharsets.UTF_8);

    List<String> streamed = new ArrayList<>();
    try {
      JSON.withUnknownPropertiesRejected(false).readDeliveryRecords(new java.io.ByteArrayInputStream(document), r -> { });
    } catch (JsonProblemsException e) {
      e.problems().forEach(p -> streamed.add(p.toString()));
    }
    DeliveryReportRollup whole = DeliveryReportRollup.of(JSON.withUnknownPropertiesRejected(false), PLAN,
        EnumSet.allOf(RecordStatus.class));
    DeliveryReportRollup.Result expected = whole.read(document);
    DeliveryReportRollup.Result actual = whole.withThreads(threads).withChunkBytes(chunkBytes).read(document);

    if (first.isEmpty() && inserted.startsWith("\"\"")) {
      return; // an empty first name: nothing to repeat
    }
    // the reading always stops: at the repeat, or at a syntax error of the report (one cut short or laid
    // out with a line end inside a string) found before it; a report with no syntax error stops at the repeat
    assertThat(streamed).anyMatch(p -> p.contains("(at line"));
    if (!stops(report.getBytes(StandardCharsets.UTF_8))) {
      assertThat(streamed).anyMatch(p -> p.contains("Duplicate Object property"));
      assertThat(expected.problems().toString()).contains("Duplicate Object property");
    }
    assertThat(actual.totals()).isEqualTo(expected.totals());
    assertThat(actual.totals().byPriority().toString()).isEqualTo(expected.totals().byPriority().toString());
    assertThat(actual.records()).isEqualTo(expected.records());
    assertThat(actual.problems().toString()).isEqualTo(expected.problems().toString());
  }

  /**
   * The same reports, repeats included, read from a file (through the reader's buffer) and from memory:
   * identical results on any chunking and threads.
   */
  @Property(tries = 100)
  void aFileGivesWhatItsBytesGive(@ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int chunkBytes,
      @ForAll @IntRange(min = 1, max = 4) int threads) throws java.io.IOException {
    Random random = new Random(seed);
    byte[] document = DeliveryReportRollupProperties.report(random);
    if (random.nextBoolean()) {
      String text = new String(document, StandardCharsets.UTF_8);
      document = text.replaceFirst("\\{\"", "{\"zz\":{\"q\":1,\"q\":2},\"").getBytes(StandardCharsets.UTF_8);
    }
    java.nio.file.Path file = java.nio.file.Files.createTempFile("review5-", ".json");
    try {
      java.nio.file.Files.write(file, document);
      DeliveryReportRollup reader = DeliveryReportRollup.of(JSON, PLAN, EnumSet.allOf(RecordStatus.class))
          .withThreads(threads).withChunkBytes(chunkBytes);
      DeliveryReportRollup.Result fromFile = reader.read(file);
      DeliveryReportRollup.Result fromBytes = reader.read(document);
      assertThat(fromFile.totals()).isEqualTo(fromBytes.totals());
      assertThat(fromFile.records()).isEqualTo(fromBytes.records());
      assertThat(fromFile.problems().toString()).isEqualTo(fromBytes.problems().toString());
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  private static boolean stops(byte[] document) {
    try {
      JSON.withUnknownPropertiesRejected(false).readDeliveryRecords(new java.io.ByteArrayInputStream(document), r -> { });
      return false;
    } catch (JsonProblemsException e) {
      return e.problems().stream().anyMatch(p -> p.toString().contains("(at line"));
    }
  }

  /** @return the name with one of its characters written as a {@code \}{@code u} escape */
  private static String escapeOne(String name, Random random) {
    if (name.isEmpty()) {
      return name;
    }
    int c = random.nextInt(name.length());
    return name.substring(0, c) + String.format("\\u%04x", (int) name.charAt(c)) + name.substring(c + 1);
  }
}
