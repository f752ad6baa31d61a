package uk.gov.lancashire.socialvalue.spark;

import uk.gov.lancashire.socialvalue.basics.Amounts;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.portfolio.Breakdown;
import uk.gov.lancashire.socialvalue.portfolio.RollupTotals;
import uk.gov.lancashire.socialvalue.portfolio.Totals;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;

/**
 * Runs a national roll-up: on {@code local[*]} by default, or on a cluster under {@code spark-submit}.
 * Reads given files, or first generates illustrative national data and writes it; values every row with
 * the {@link IllustrativeNational illustrative} framework and edition; prints the problems, the verified
 * value by council, stage, priority, theme and financial year, and the annual statement.
 *
 * <pre>
 * --generate ROWS    generate ROWS rows of illustrative data first (default: read --input)
 * --councils N       councils in generated data (default 15)
 * --bad-every B      spoil every B-th generated row, to show the problems (default 0: none)
 * --out DIR          where to write generated data (default target/national-data)
 * --input PATH       the files to read (default: the generated data)
 * --format F         parquet, csv or json (JSON lines); default parquet
 * --year YYYY/YY     the annual statement's financial year (default 2024/25)
 * --complete         also run the complete roll-up (by measure and contract) and print the statement
 * </pre>
 *
 * Figures are exact; they are rounded once, half up to pence, when printed.
 */
public final class NationalRollupMain {

  private NationalRollupMain() {}

  /**
   * @param args the options above
   */
  public static void main(String[] args) {
    SparkSession.Builder builder = SparkSession.builder().appName("socialvalue national roll-up");
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]"); // run embedded unless spark-submit chose a master
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      run(spark, args, System.out);
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the roll-up in a session.
   *
   * @param spark the session
   * @param args the options
   * @param out where to print
   */
  public static void run(SparkSession spark, String[] args, PrintStream out) {
    Map<String, String> options = options(args);
    String format = options.getOrDefault("--format", "parquet");
    String input = options.get("--input");
    if (options.containsKey("--generate")) {
      String dir = options.getOrDefault("--out", "target/national-data");
      long rows = Long.parseLong(options.get("--generate"));
      long started = System.nanoTime();
      write(NationalDataGenerator.generate(spark, rows, Integer.parseInt(options.getOrDefault("--councils", "15")),
          Long.parseLong(options.getOrDefault("--bad-every", "0")), spark.sparkContext().defaultParallelism()), format, dir);
      out.printf("generated %,d rows (ILLUSTRATIVE) into %s as %s in %,d ms%n", rows, dir, format, millisSince(started));
      input = input == null ? dir : input;
    }
    if (input == null) {
      throw new IllegalArgumentException("give --input PATH or --generate ROWS");
    }
    NationalData data = read(spark, format, input);
    FinancialYear year = FinancialYear.parse(options.getOrDefault("--year", "2024/25"));
    try (NationalRollup rollup = NationalRollup.of(spark, IllustrativeNational.framework(), IllustrativeNational.edition())) {
      long started = System.nanoTime();
      NationalTotals totals = rollup.totals(data);
      long millis = millisSince(started);
      out.printf("read %,d rows from %s in %,d ms (%,d rows/s); %,d bad rows left out%n", totals.rows(), input, millis,
          millis == 0 ? 0 : totals.rows() * 1000 / millis, totals.badRows());
      if (totals.badRows() > 0) {
        out.println("first problems (source | row | field | reason):");
        for (Row p : rollup.problems(data).limit(10).collectAsList()) {
          out.println("  " + p.getString(0) + " | " + p.getString(1) + " | " + p.getString(2) + " | " + p.getString(3));
        }
      }
      table(out, "value by stage (all councils)", totals.byStage());
      NationalTotals verified = totals.only(ValueStage.VERIFIED);
      table(out, "verified value by council", verified.byCouncil());
      table(out, "verified value by locality", verified.byLocality());
      RollupTotals national = verified.national();
      for (PriorityScheme scheme : rollup.framework().schemes()) {
        breakdown(out, "verified value by priority (" + scheme.id() + ")", national.byPriority(scheme.id()).breakdown());
      }
      breakdown(out, "verified value by theme", national.byTheme());
      table(out, "verified value by financial year", national.byFinancialYear());
      if (options.containsKey("--complete")) {
        started = System.nanoTime();
        NationalAggregate aggregate = rollup.aggregate(data);
        out.printf("complete roll-up in %,d ms%n", millisSince(started));
        out.print(aggregate.annualStatement(rollup.framework(), year, 5).render());
      }
    }
  }

  private static void write(org.apache.spark.sql.Dataset<Row> rows, String format, String dir) {
    switch (format) {
      case "parquet":
        rows.write().mode(SaveMode.Overwrite).parquet(dir);
        break;
      case "csv":
        rows.write().mode(SaveMode.Overwrite).option("header", "true").csv(dir);
        break;
      case "json":
        rows.write().mode(SaveMode.Overwrite).json(dir);
        break;
      default:
        throw new IllegalArgumentException("--format must be parquet, csv or json, was " + format);
    }
  }

  private static NationalData read(SparkSession spark, String format, String path) {
    switch (format) {
      case "parquet":
        return NationalData.parquet(spark, path);
      case "csv":
        return NationalData.csv(spark, path);
      case "json":
        return NationalData.jsonLines(spark, path);
      default:
        throw new IllegalArgumentException("--format must be parquet, csv or json, was " + format);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> flags = List.of("--complete");
    for (int i = 0; i < args.length; i++) {
      if (flags.contains(args[i])) {
        options.put(args[i], "true");
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        options.put(args[i], args[++i]);
      } else {
        throw new IllegalArgumentException("unexpected argument '" + args[i] + "'; see the class javadoc for the options");
      }
    }
    return options;
  }

  private static void table(PrintStream out, String title, Map<?, Totals> rows) {
    out.println(title + ":");
    rows.forEach((k, t) -> out.printf("  %-24s %22s  (%,d rows)%n", k, pounds(Amounts.decimal(t.value())), t.facts()));
  }

  private static void breakdown(PrintStream out, String title, Breakdown<String> b) {
    Map<Object, Totals> rows = new LinkedHashMap<>(b.parts());
    rows.put("(unclassified)", b.unclassified());
    rows.put("total", b.total());
    table(out, title, rows);
  }

  private static String pounds(BigDecimal value) {
    return String.format("£%,.2f", value.setScale(2, RoundingMode.HALF_UP));
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
