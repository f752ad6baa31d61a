package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;

/**
 * The plain-record scanner record by record: whatever it accepts, the streamed reader reads with no problem
 * and to equal records (every property, not only those the roll-up uses), in the same order; so the
 * scanner can only ever give up, never read a value differently.
 */
class RecordScannerProperties {

  private static final SocialValueJson JSON = SocialValueJson.standard();

  @Property(tries = 600)
  void whatTheScannerAcceptsTheReaderReadsAlike(@ForAll long seed) {
    byte[] document = ScannerReports.document(new Random(seed));
    long array = JSON.recordsArrayOffset(new ByteArrayInputStream(document));
    List<DeliveryRecord> scanned = new ArrayList<>();
    long n = -1;
    if (array >= 0 && soundHeader(java.util.Arrays.copyOf(document, (int) array + 1))) {
      try {
        n = new RecordScanner(BasicsJson.DEFAULT_MAX_DECIMAL_LENGTH).chunk(
            new RecordScanner.Held(document, (int) array + 1, document.length), true, scanned::add);
      } catch (RuntimeException e) {
        n = -1; // the roll-up gives up on any exception too
      }
    }
    Statistics.label("scanner").collect(n >= 0 ? "accepted" : "gave up");
    Statistics.label("scanner").coverage(c -> c.check("accepted").percentage(p -> p >= 20));
    if (n < 0) {
      return;
    }
    List<DeliveryRecord> read = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try {
      JSON.readDeliveryRecords(new ByteArrayInputStream(document), read::add);
    } catch (JsonProblemsException e) {
      problems.addAll(e.problems());
    }
    assertThat(problems).isEmpty();
    assertThat(scanned).hasSize((int) n).isEqualTo(read);
  }

  /**
   * A string is read eight bytes at a time: wherever a backslash, a control character or a byte beyond ASCII
   * falls in it (any length, any offset in the buffer), the record is refused, and otherwise the value is
   * exactly the bytes.
   */
  @Property(tries = 2000)
  void aStringIsReadExactlyOrRefused(@ForAll("texts") byte[] id, @ForAll @net.jqwik.api.constraints.IntRange(
      min = 0, max = 9) int padding) {
    byte[] before = (" ".repeat(padding) + "{\"id\":\"").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] after = "\",\"period\":\"2024/25-Q1\",\"measure\":\"NT1\",\"quantity\":\"1\",\"supplier\":\"s\",\"status\":\"claimed\"}"
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] bytes = new byte[before.length + id.length + after.length];
    System.arraycopy(before, 0, bytes, 0, before.length);
    System.arraycopy(id, 0, bytes, before.length, id.length);
    System.arraycopy(after, 0, bytes, before.length + id.length, after.length);
    boolean plain = true;
    for (byte c : id) {
      plain &= c >= 0x20 && c != '\\';
    }
    String text = new String(id, java.nio.charset.StandardCharsets.ISO_8859_1);
    plain &= !text.isBlank();
    List<DeliveryRecord> scanned = new ArrayList<>();
    long n;
    try {
      n = new RecordScanner(BasicsJson.DEFAULT_MAX_DECIMAL_LENGTH).chunk(
          new RecordScanner.Held(bytes, 0, bytes.length - 0), false, scanned::add);
    } catch (RuntimeException e) {
      n = -1;
    }
    if (plain) {
      assertThat(n).isEqualTo(1);
      assertThat(scanned.get(0).id()).isEqualTo(text);
    } else {
      assertThat(n).isEqualTo(-1);
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<byte[]> texts() {
    byte[] alphabet = {'a', 'Z', '0', ' ', '/', '~', 0x7F, '\\', 0x01, 0x1F, 0x09, (byte) 0x80, (byte) 0xC3,
        (byte) 0xFF};
    return net.jqwik.api.Arbitraries.integers().between(0, 40).flatMap(length -> net.jqwik.api.Arbitraries
        .integers().between(0, 99).list().ofSize(length).map(picks -> {
          byte[] text = new byte[picks.size()];
          for (int i = 0; i < text.length; i++) {
            int pick = picks.get(i);
            text[i] = alphabet[pick < 85 ? pick % 6 : 6 + pick % 8]; // mostly ordinary, now and then special
          }
          return text;
        }));
  }

  /** @return true when the header, an empty array and the closing brace read with no problem */
  private static boolean soundHeader(byte[] header) {
    try {
      JSON.readDeliveryRecords(new ByteArrayInputStream((new String(header, java.nio.charset.StandardCharsets.UTF_8)
          + "]}").getBytes(java.nio.charset.StandardCharsets.UTF_8)), r -> { });
      return true;
    } catch (JsonProblemsException e) {
      return false;
    }
  }
}
