package uk.gov.lancashire.socialvalue.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;
import uk.gov.lancashire.socialvalue.portfolio.RollupTotals;

/**
 * Review of the CSV roll-up's default chunks (session 5: about sixteen per thread, one to eight megabytes):
 * on files from empty to several megabytes (so that the default makes several chunks, each a window or
 * more), with CR, LF and CRLF line ends, quoted cells holding line ends and commas (now and then a long one
 * across a megabyte, where a default chunk begins), blank rows, bad cells and a byte order mark, the default on 1
 * to 4 threads gives exactly what one chunk on one thread gives: totals, every problem in file order,
 * counts.
 */
class DeliveryCsvRollupDefaultChunksProperties {

  private static final PortfolioRollup PLAN = RollupPlans.plan();
  private static final String[] ENDS = {"\r\n", "\n", "\r"};

  @Property(tries = 3)
  void theDefaultChunksGiveWhatOneChunkGivesOnAnyThreads(@ForAll long seed) {
    Random random = new Random(seed);
    // empty, a byte, less than a window, about one window, just over it, two and a half windows (a short last chunk)
    for (int size : new int[] {0, 1, 200, 1 << 20, (1 << 20) + 1, (5 << 19) + 7}) {
      byte[] csv = file(random, size);
      DeliveryCsvRollup one = DeliveryCsvRollup.of(PLAN, EnumSet.allOf(RecordStatus.class))
          .withChunkBytes(Integer.MAX_VALUE);
      Object expected = outcome(one, csv);
      for (int threads = 1; threads <= 4; threads++) {
        DeliveryCsvRollup byDefault = DeliveryCsvRollup.of(PLAN, EnumSet.allOf(RecordStatus.class)).withThreads(threads);
        assertThat(byDefault.chunkBytes()).isZero();
        assertThat(outcome(byDefault, csv)).as(threads + " threads, " + csv.length + " bytes").isEqualTo(expected);
      }
    }
  }

  private static Object outcome(DeliveryCsvRollup reader, byte[] csv) {
    try {
      DeliveryCsvRollup.Result r = reader.read(csv);
      RollupTotals t = r.totals();
      return List.of(t, t.toString(), t.byFinancialYear().toString(), t.byPriority().toString(),
          r.sheet().problems().stream().map(Problem::toString).toList(), r.sheet().problemCount(),
          r.sheet().records(), r.sheet().blankRows());
    } catch (SheetLimitException e) {
      return "limit: " + e.getMessage();
    }
  }

  /** A delivery CSV of about {@code size} bytes (at least its header, when size is not 0). */
  private static byte[] file(Random random, int size) {
    if (size == 0) {
      return new byte[0];
    }
    StringBuilder s = new StringBuilder(size + 40_000);
    if (random.nextBoolean()) {
      s.append('\uFEFF');
    }
    s.append("id,period,measure,quantity,supplier,status,evidence,notes");
    int nextMegabyte = 1 << 20;
    int r = 0;
    while (s.length() < size) {
      s.append(ENDS[random.nextInt(3)]);
      if (random.nextInt(40) == 0) {
        continue; // a blank row
      }
      String notes;
      if (s.length() > nextMegabyte - 20_000) {
        // now and then a long quoted cell of many lines across the megabyte where a default chunk begins (its
        // reader then finds the chunks misaligned and reads again as one); else rows straddle it as they fall
        notes = random.nextBoolean() ? "\"" + ("line,\r\n\"\"quoted\"\"\n").repeat(1_500) + "\"" : "plain";
        nextMegabyte += 1 << 20;
      } else {
        notes = switch (random.nextInt(4)) {
          case 0 -> "\"a\r\nb\"";
          case 1 -> "\"x,\ny\"";
          case 2 -> "plain";
          default -> "";
        };
      }
      String measure = random.nextInt(25) == 0 ? "XX9" : "NT" + (1 + random.nextInt(5));
      String quantity = random.nextInt(30) == 0 ? "1e5" : (random.nextInt(2_000_000) - 100_000) + "." + random.nextInt(100);
      String status = random.nextInt(30) == 0 ? "done" : List.of("claimed", "evidenced", "verified", "rejected").get(random.nextInt(4));
      int year = 2023 + random.nextInt(3);
      int next = random.nextInt(40) == 0 ? year + 2 : year + 1; // now and then a period that is not a year
      s.append("r").append(r++).append(',').append(year).append('/')
          .append(String.format("%02d", next % 100)).append("-Q").append(1 + random.nextInt(4))
          .append(',').append(measure).append(',').append(quantity).append(",S").append(random.nextInt(5)).append(',')
          .append(status).append(",payroll/").append(r).append(',').append(notes);
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }
}
