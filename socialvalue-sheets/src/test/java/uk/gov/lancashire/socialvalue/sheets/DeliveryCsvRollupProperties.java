package uk.gov.lancashire.socialvalue.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;
import uk.gov.lancashire.socialvalue.portfolio.RollupTotals;

/**
 * The fast CSV roll-up on random supplier returns (good rows, every kind of bad cell, quoted cells holding
 * commas, quotes and line breaks, CR, LF and CRLF line ends, blank rows, a byte order mark, shuffled
 * headers): read in random chunks on 1 to 4 threads it gives exactly what it gives on one thread, and that
 * is exactly what {@link DeliveryCsv#read} gives, record by record, into the same roll-up.
 */
class DeliveryCsvRollupProperties {

  private static final PortfolioRollup PLAN = RollupPlans.plan();

  @Property(tries = 300)
  void anyChunkingOnAnyThreadsGivesTheSequentialResult(@ForAll("reports") byte[] csv,
      @ForAll @IntRange(min = 1, max = 200) int chunkBytes, @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll("statuses") Set<RecordStatus> counted) {
    DeliveryCsvRollup sequential = DeliveryCsvRollup.of(PLAN, counted);
    DeliveryCsvRollup parallel = sequential.withThreads(threads).withChunkBytes(chunkBytes);
    Object expected = outcome(() -> sequential.read(csv));
    Object actual = outcome(() -> parallel.read(csv));
    assertThat(actual).isEqualTo(expected);
  }

  @Property(tries = 300)
  void givesWhatDeliveryCsvGivesRecordByRecord(@ForAll("reports") byte[] csv, @ForAll("statuses") Set<RecordStatus> counted) {
    PortfolioRollup.Accumulator acc = PLAN.accumulator();
    int[] unknown = new int[1];
    Throwable referenceFailure = catchThrowable(() -> reference(csv, counted, acc, unknown));
    Throwable fastFailure = catchThrowable(() -> DeliveryCsvRollup.of(PLAN, counted).read(csv));
    if (referenceFailure != null || fastFailure != null) {
      assertThat(fastFailure).isNotNull().isInstanceOf(SheetLimitException.class);
      assertThat(fastFailure).hasMessage(referenceFailure.getMessage());
      return;
    }
    SheetResult expected = reference(csv, counted, PLAN.accumulator(), new int[1]);
    DeliveryCsvRollup.Result actual = DeliveryCsvRollup.of(PLAN, counted).read(csv);
    assertThat(actual.totals()).isEqualTo(acc.result());
    assertThat(actual.totals().byFinancialYear().toString()).isEqualTo(acc.result().byFinancialYear().toString());
    List<String> unknownMeasures = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (Problem p : actual.sheet().problems()) {
      (p.message().startsWith("measure: no measure") ? unknownMeasures : others).add(p.toString());
    }
    assertThat(others).isEqualTo(expected.problems().stream().map(Problem::toString).toList());
    assertThat(unknownMeasures).hasSize(unknown[0]);
    assertThat(actual.sheet().problemCount()).isEqualTo(expected.problemCount() + unknown[0]);
    assertThat(actual.sheet().records()).isEqualTo(expected.records() - unknown[0]);
    assertThat(actual.sheet().blankRows()).isEqualTo(expected.blankRows());
  }

  /** {@link DeliveryCsv#read}, each good record of a counted status added to the accumulator. */
  private static SheetResult reference(byte[] csv, Set<RecordStatus> counted, PortfolioRollup.Accumulator acc,
      int[] unknown) {
    return DeliveryCsv.read(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8), r -> {
      try {
        PLAN.measureIndex(r.measure());
      } catch (ValidationException e) {
        unknown[0]++;
        return;
      }
      if (counted.contains(r.status())) {
        acc.add(r);
      }
    });
  }

  /** What a read gives, comparable: the totals' views and the sheet's report, or the limit broken. */
  private static Object outcome(java.util.function.Supplier<DeliveryCsvRollup.Result> read) {
    try {
      DeliveryCsvRollup.Result r = read.get();
      RollupTotals t = r.totals();
      return List.of(t, t.byFinancialYear().toString(), t.byPriority().toString(), t.byTheme().toString(),
          r.sheet().problems().stream().map(Problem::toString).toList(), r.sheet().problemCount(),
          r.sheet().records(), r.sheet().blankRows());
    } catch (SheetLimitException e) {
      return "limit: " + e.getMessage();
    }
  }

  @Provide
  Arbitrary<Set<RecordStatus>> statuses() {
    return Arbitraries.of(Set.of(RecordStatus.VERIFIED), EnumSet.allOf(RecordStatus.class),
        EnumSet.of(RecordStatus.EVIDENCED, RecordStatus.VERIFIED), Set.of());
  }

  @Provide
  Arbitrary<byte[]> reports() {
    return Arbitraries.longs().map(seed -> RandomReports.report(new Random(seed)));
  }

  /** Random supplier returns, mostly good, with every kind of bad cell the template's reader reports. */
  static final class RandomReports {

    private static final String[][] VALUES = {
        /* id */ {"r1", "r2", "rec-3", "", "  ", " r4", "a,b", "é1", "q\"x"},
        /* period */ {"2024/25-Q1", "2025/26-Q4", "2026/27-Q2", " 2024/25-Q3", "2024/26-Q1", "2024-Q1", "",
            "1899/00-Q1", "2024/25-Q5"},
        /* measure */ {"NT1", "NT2", "NT3", "NT4", "NT5", "nt1", "XX9", "1AB", "", " NT2"},
        /* quantity */ {"12.5", "-3", "0.25", "100", "7", "", "  ", " 12.5", "-0", "1.", ".5", "1e5",
            "123456789012345678901234.5", "999999999999999999", "9223372036854775807", "12,5", "£3"},
        /* supplier */ {"S1", "S2", "", " S3", "Ström", "a,b"},
        /* status */ {"claimed", "evidenced", "verified", "rejected", "Verified", "done", "", " claimed"},
        /* evidence */ {"", "payroll/1", "a;b", " ; ", "x\ny", "inv \"7\""},
        /* claim_key */ {"", "p1", "  "},
        /* location_kind */ {"", "postcode", "area", "Postcode", "town"},
        /* location */ {"", "PR1 2XJ", "E07000123", " "},
        /* share */ {"", "", "", "0.5", "1", "1.0", "0", "1.5", "-0.2", "0.333333333333333333333", "0.125"},
        /* notes */ {"", "a \"quoted\" note", "line1\r\nline2", "x,y"},
    };
    private static final String[] HEADERS = {"id", "period", "measure", "quantity", "supplier", "status", "evidence",
        "claim_key", "location_kind", "location", "share", "notes"};
    private static final String[] ENDS = {"\r\n", "\n", "\r"};

    static byte[] report(Random random) {
      List<Integer> order = new ArrayList<>();
      for (int c = 0; c < HEADERS.length; c++) {
        order.add(c);
      }
      if (random.nextInt(3) == 0) {
        Collections.shuffle(order, random);
      }
      if (random.nextInt(10) == 0) {
        order.remove(random.nextInt(order.size())); // maybe a required column: nothing is read
      }
      StringBuilder s = new StringBuilder();
      if (random.nextInt(5) == 0) {
        s.append('\uFEFF');
      }
      if (random.nextInt(8) == 0) {
        s.append(",,").append(ENDS[random.nextInt(3)]);
      }
      List<String> header = new ArrayList<>();
      for (int c : order) {
        header.add(random.nextInt(8) == 0 ? HEADERS[c].toUpperCase() : HEADERS[c]);
      }
      if (random.nextInt(10) == 0) {
        header.add("colour");
      }
      row(s, header, random);
      int rows = random.nextInt(40);
      for (int r = 0; r < rows; r++) {
        s.append(ENDS[random.nextInt(3)]);
        if (random.nextInt(15) == 0) {
          s.append(random.nextBoolean() ? "" : " , ,");
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (int c : order) {
          boolean good = random.nextInt(6) != 0;
          String[] values = VALUES[c];
          cells.add(good && c != 3 ? values[random.nextInt(Math.min(values.length, goodCount(c)))]
              : c == 3 && good ? BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000, random.nextInt(4)).toPlainString()
              : values[random.nextInt(values.length)]);
        }
        row(s, cells, random);
      }
      if (random.nextBoolean()) {
        s.append(ENDS[random.nextInt(3)]);
      }
      return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** How many of a column's first values are good. */
    private static int goodCount(int column) {
      switch (column) {
        case 0: return 3;
        case 1: return 3;
        case 2: return 5;
        case 4: return 2;
        case 5: return 4;
        case 6: return 3;
        case 7: return 2;
        case 8: return 1;
        case 9: return 1;
        case 10: return 4;
        default: return 1;
      }
    }

    private static void row(StringBuilder s, List<String> cells, Random random) {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          s.append(',');
        }
        String cell = cells.get(i);
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0 || random.nextInt(20) == 0;
        if (quote && random.nextInt(30) != 0) {
          s.append('"').append(cell.replace("\"", "\"\"")).append('"');
        } else {
          s.append(cell);
        }
      }
    }
  }
}
