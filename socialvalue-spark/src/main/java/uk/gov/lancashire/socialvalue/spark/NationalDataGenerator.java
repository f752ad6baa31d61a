package uk.gov.lancashire.socialvalue.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * Generates national delivery data for {@link IllustrativeNational}'s framework: row {@code i} is a pure
 * function of {@code i} (a SplitMix64 hash), so any number of rows can be made on any executor, in any
 * order, and made again identically. ILLUSTRATIVE ONLY: invented figures, no real council's data.
 *
 * <p>Councils are named after Lancashire's 15 councils (the partnership of Lancashire 2050), then
 * {@code council-16} and on; each has 100 contracts, each contract three suppliers. Stages: about 60%
 * verified, 15% evidenced, 10% claimed, 5% rejected, 10% committed (KPI schedule). One row in 64 is a
 * disbenefit (negative), one in 8 is a shared resource (share 0.5 or 0.25). With {@code badEvery > 0},
 * every {@code badEvery}-th row is spoiled in one of five ways (unknown measure, verified without
 * evidence, share above 1, a quarter that is not one, a quantity with an exponent) and must be reported.
 */
public final class NationalDataGenerator {

  private static final String[] COUNCILS = {"lancashire", "blackburn-with-darwen", "blackpool", "burnley", "chorley",
      "fylde", "hyndburn", "lancaster", "pendle", "preston", "ribble-valley", "rossendale", "south-ribble",
      "west-lancashire", "wyre"};
  private static final String[] LOCAL = {"LOCAL", "LOCAL", "NOT_LOCAL", "UNKNOWN"};

  private NationalDataGenerator() {}

  /**
   * @param c a council number, from 0
   * @return its id
   */
  public static String council(int c) {
    return c < COUNCILS.length ? COUNCILS[c] : String.format("council-%02d", c + 1);
  }

  /**
   * Row {@code i}, as text in the documented column order.
   *
   * @param i the row number
   * @param councils how many councils, at least 1
   * @param badEvery spoil every badEvery-th row (row badEvery - 1, 2 × badEvery - 1, …); 0 for none
   * @return the row's values; null for an absent optional value
   */
  public static @Nullable String[] values(long i, int councils, long badEvery) {
    long h = mix(i);
    long g = mix(h ^ 0x5DEECE66DL);
    int council = (int) Long.remainderUnsigned(h, councils);
    int contract = (int) ((h >>> 8) % 100);
    int measure = (int) ((h >>> 16) % IllustrativeNational.MEASURES);
    int year = 2024 + (int) ((h >>> 24) % 5);
    int quarter = 1 + (int) ((h >>> 28) % 4);
    long unscaled = 1 + (g >>> 1) % 2_000;
    BigDecimal quantity = BigDecimal.valueOf((g & 63) == 0 ? -unscaled : unscaled, measure % 3);
    int stageDraw = (int) ((g >>> 8) % 20);
    String status = stageDraw < 12 ? "VERIFIED" : stageDraw < 15 ? "EVIDENCED" : stageDraw < 17 ? "CLAIMED"
        : stageDraw < 18 ? "REJECTED" : "COMMITTED";
    boolean evidenced = status.equals("VERIFIED") || status.equals("EVIDENCED");
    String share = (g >>> 16) % 8 == 0 && !status.equals("COMMITTED") ? ((g >>> 20) % 2 == 0 ? "0.5" : "0.25") : null;
    @Nullable String[] v = {council(council), "C" + (contract + 1), "R" + i, year + "/" + String.format("%02d", (year + 1) % 100)
        + "-Q" + quarter, IllustrativeNational.code(measure).toString(), quantity.toPlainString(),
        "S" + (contract * 3 + (h >>> 40) % 3), status, evidenced ? "payroll-" + i + ";timesheet-" + i : null,
        (g >>> 24) % 3 == 0 ? "P" + (g >>> 32) % 1_000_000 : null, share, LOCAL[(int) ((g >>> 28) % LOCAL.length)]};
    if (badEvery > 0 && (i + 1) % badEvery == 0) {
      spoil(v, (int) ((i / badEvery) % 5));
    }
    return v;
  }

  private static void spoil(@Nullable String[] v, int how) {
    switch (how) {
      case 0:
        v[4] = "ZZ99";
        break;
      case 1:
        v[7] = "VERIFIED";
        v[8] = null;
        break;
      case 2:
        v[7] = "CLAIMED";
        v[10] = "1.5";
        break;
      case 3:
        v[3] = "2024/25-Q5";
        break;
      default:
        v[5] = "1e9";
        break;
    }
  }

  /**
   * Generates rows 0 to {@code rows - 1} as a DataFrame with every documented column as text.
   *
   * @param spark the session
   * @param rows how many rows
   * @param councils how many councils
   * @param badEvery spoil every badEvery-th row; 0 for none
   * @param partitions how many partitions to generate in
   * @return the rows
   */
  public static Dataset<Row> generate(SparkSession spark, long rows, int councils, long badEvery, int partitions) {
    return spark.range(0, rows, 1, partitions).mapPartitions(new Generate(councils, badEvery),
        Encoders.row(DeliveryColumns.textSchema()));
  }

  /** SplitMix64's finaliser: a good 64-bit hash of the row number. */
  static long mix(long x) {
    long z = x * 0x9E3779B97F4A7C15L + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static final class Generate implements MapPartitionsFunction<Long, Row> {
    private static final long serialVersionUID = 1L;
    private final int councils;
    private final long badEvery;

    Generate(int councils, long badEvery) {
      this.councils = councils;
      this.badEvery = badEvery;
    }

    @Override
    public Iterator<Row> call(Iterator<Long> ids) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return ids.hasNext();
        }

        @Override
        public Row next() {
          return RowFactory.create((Object[]) values(ids.next(), councils, badEvery));
        }
      };
    }
  }

  /**
   * @param rows how many rows
   * @param councils how many councils
   * @param badEvery spoil every badEvery-th row; 0 for none
   * @return rows 0 to rows - 1 in memory, for small data
   */
  public static List<@Nullable String[]> valuesList(int rows, int councils, long badEvery) {
    List<@Nullable String[]> list = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      list.add(values(i, councils, badEvery));
    }
    return list;
  }
}
