package uk.gov.lancashire.socialvalue.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.portfolio.AnnualStatement;
import uk.gov.lancashire.socialvalue.portfolio.ContractShortfall;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;

class NationalRollupTest {

  private static final int ROWS = 3_000;
  private static final int BAD_EVERY = 7;

  private static SparkSession spark;
  private static NationalRollup rollup;

  @BeforeAll
  static void start() {
    spark = SharedSpark.session();
    rollup = NationalRollup.of(spark, IllustrativeNational.framework(), IllustrativeNational.edition());
  }

  @AfterAll
  static void stop() {
    rollup.close();
  }

  private static Dataset<Row> frame(List<String[]> values) {
    List<Row> rows = new ArrayList<>();
    values.forEach(v -> rows.add(RowFactory.create((Object[]) v)));
    return spark.createDataFrame(rows, DeliveryColumns.textSchema());
  }

  // ---------------------------------------------------------------- bad rows

  @Test
  void badRowsAreCountedAndReportedAndLeaveTheGoodRowsTotalsAlone() {
    NationalData withBad = NationalData.of(frame(NationalDataGenerator.valuesList(ROWS, 15, BAD_EVERY)), "generated");
    List<String[]> goodOnly = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      if ((i + 1) % BAD_EVERY != 0) {
        goodOnly.add(NationalDataGenerator.values(i, 15, 0));
      }
    }
    NationalData good = NationalData.of(frame(goodOnly), "generated");

    NationalTotals totals = rollup.totals(withBad);
    NationalTotals clean = rollup.totals(good);
    assertThat(totals.rows()).isEqualTo(ROWS);
    assertThat(totals.badRows()).isEqualTo(ROWS / BAD_EVERY);
    assertThat(totals.national().toString()).isEqualTo(clean.national().toString());
    assertThat(totals.national()).isEqualTo(clean.national());
    assertThat(totals.byCouncil()).isEqualTo(clean.byCouncil());
    assertThat(totals.only(ValueStage.VERIFIED).national().byPriority().toString())
        .isEqualTo(clean.only(ValueStage.VERIFIED).national().byPriority().toString());
    assertThat(rollup.aggregate(withBad).national()).isEqualTo(rollup.aggregate(good).national());

    List<Row> problems = rollup.problems(withBad).collectAsList();
    Set<String> badRowTexts = new TreeSet<>();
    problems.forEach(p -> badRowTexts.add(p.getString(1)));
    assertThat(badRowTexts).hasSize(ROWS / BAD_EVERY);
    assertThat(problems).allSatisfy(p -> assertThat(p.getString(0)).isEqualTo("generated"));
    assertThat(problems).extracting(p -> p.getString(2) + ": " + p.getString(3)).contains(
        "measure: no measure ZZ99 in framework national-illustrative",
        "evidence: a verified record must name its evidence",
        "share: must be more than 0 and at most 1, was 1.5",
        "quantity: must be a plain decimal such as 1234.50 (at most 40 characters, no exponent), was '1e9'");
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.getString(2)).isEqualTo("period");
      assertThat(p.getString(3)).contains("2024/25-Q5");
    });
    // the row names the record, so an officer can find it
    assertThat(problems).anySatisfy(p -> assertThat(p.getString(1)).contains("id=R6,"));
  }

  @Test
  void aFloatingPointQuantityColumnIsAProblemNotARoundedValue() {
    List<Row> rows = List.of(RowFactory.create("wyre", "C1", "R1", "2024/25-Q1", "NR1", 0.1, "S1", "CLAIMED"));
    Dataset<Row> frame = spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType()
        .add("council", DataTypes.StringType).add("contract", DataTypes.StringType).add("id", DataTypes.StringType)
        .add("period", DataTypes.StringType).add("measure", DataTypes.StringType).add("quantity", DataTypes.DoubleType)
        .add("supplier", DataTypes.StringType).add("status", DataTypes.StringType));
    NationalData data = NationalData.of(frame, "doubles");
    assertThat(rollup.totals(data).badRows()).isEqualTo(1);
    assertThat(rollup.problems(data).collectAsList()).singleElement()
        .satisfies(p -> assertThat(p.getString(3)).contains("not Double (a floating-point number is not exact)"));
  }

  // ---------------------------------------------------------------- files

  @Test
  void parquetCsvAndJsonLinesGiveTheSameFiguresAsTheFrame(@TempDir Path dir) {
    Dataset<Row> frame = NationalDataGenerator.generate(spark, ROWS, 15, BAD_EVERY, 3).cache();
    frame.write().parquet(dir.resolve("parquet").toString());
    frame.write().option("header", "true").csv(dir.resolve("csv").toString());
    frame.write().json(dir.resolve("json").toString());
    NationalTotals expected = rollup.totals(NationalData.of(frame, "frame"));
    long problems = rollup.problems(NationalData.of(frame, "frame")).count();
    assertThat(expected.badRows()).isEqualTo(ROWS / BAD_EVERY);

    for (NationalData data : List.of(NationalData.parquet(spark, dir.resolve("parquet").toString()),
        NationalData.csv(spark, dir.resolve("csv").toString()), NationalData.jsonLines(spark, dir.resolve("json").toString()))) {
      NationalTotals totals = rollup.totals(data);
      assertThat(totals).isEqualTo(expected);
      assertThat(totals.national().toString()).isEqualTo(expected.national().toString());
      assertThat(rollup.problems(data).collectAsList()).hasSize((int) problems)
          .allSatisfy(p -> assertThat(p.getString(0)).startsWith("file:").contains(dir.getFileName().toString()));
    }
    frame.unpersist();
  }

  @Test
  void aMalformedCsvLineIsAProblemWithItsFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("delivery.csv");
    Files.writeString(file, String.join(",", DeliveryColumns.ALL) + "\n"
        + "wyre,C1,R1,2024/25-Q1,NR1,2,S1,CLAIMED,,,,LOCAL\n"
        + "wyre,C1,R2,2024/25-Q1,NR1,3,S1,CLAIMED,,,,LOCAL,surplus,cells\n", StandardCharsets.UTF_8);
    NationalData data = NationalData.csv(spark, file.toString());
    NationalTotals totals = rollup.totals(data);
    assertThat(totals.rows()).isEqualTo(2);
    assertThat(totals.badRows()).isEqualTo(1);
    assertThat(Amounts.decimal(totals.national().total().value())).isEqualByComparingTo(IllustrativeNational.proxy(0).multiply(BigDecimal.valueOf(2)));
    assertThat(rollup.problems(data).collectAsList()).singleElement().satisfies(p -> {
      assertThat(p.getString(0)).endsWith("delivery.csv");
      assertThat(p.getString(3)).isEqualTo("malformed line, not split into the documented columns");
      assertThat(p.getString(1)).contains("R2,2024/25-Q1,NR1,3,S1,CLAIMED,,,,LOCAL,surplus,cells");
    });
  }

  @Test
  void decimalColumnsAreReadAsTheirExactValues(@TempDir Path dir) {
    Dataset<Row> text = NationalDataGenerator.generate(spark, 500, 3, 0, 2);
    text.withColumn("quantity", col("quantity").cast(DataTypes.createDecimalType(20, 4)))
        .withColumn("share", col("share").cast(DataTypes.createDecimalType(5, 4)))
        .write().parquet(dir.resolve("decimal").toString());
    NationalTotals decimals = rollup.totals(NationalData.parquet(spark, dir.resolve("decimal").toString()));
    NationalTotals texts = rollup.totals(NationalData.of(text, "text"));
    assertThat(decimals.badRows()).isZero();
    assertThat(decimals.national()).isEqualTo(texts.national()); // equal values; scales differ (decimal(20,4))
  }

  // ---------------------------------------------------------------- councils and the statement

  @Test
  void contractsOfTheSameIdInTwoCouncilsStayTwoContractsInTheNationalStatement() {
    // NR1's illustrative proxy is £1.37. Lancashire's C1 commits 10 and verifies 4; Blackpool's C1 commits 5 and verifies 5.
    Dataset<Row> frame = frame(List.of(
        new String[] {"lancashire", "C1", "K1", "2024/25-Q1", "NR1", "10", "S1", "COMMITTED", null, null, null, null},
        new String[] {"lancashire", "C1", "R1", "2024/25-Q2", "NR1", "4", "S1", "VERIFIED", "payroll-1", "P1", null, "LOCAL"},
        new String[] {"blackpool", "C1", "K1", "2024/25-Q1", "NR1", "5", "S9", "committed", null, null, null, null},
        new String[] {"blackpool", "C1", "R1", "2024/25-Q3", "NR1", "5", "S9", "verified", "payroll-9", "P1", null, "local"}));
    NationalAggregate national = rollup.aggregate(NationalData.of(frame, "example"));

    assertThat(national.councils()).containsExactly("blackpool", "lancashire");
    assertThat(national.national().byContract().keySet()).containsExactly("blackpool/C1", "lancashire/C1");
    AnnualStatement statement = national.annualStatement(IllustrativeNational.framework(), FinancialYear.of(2024), 3);
    assertThat(Amounts.decimal(statement.committed())).isEqualByComparingTo("20.55"); // 15 × 1.37
    assertThat(Amounts.decimal(statement.delivered())).isEqualByComparingTo("12.33"); // 9 × 1.37
    assertThat(statement.shortfalls()).singleElement().satisfies(s -> {
      assertThat(s.contract()).isEqualTo("lancashire/C1");
      assertThat(Amounts.decimal(s.shortfall())).isEqualByComparingTo("8.22"); // 6 × 1.37
    });
    assertThat(Amounts.decimal(national.byCouncil().get("lancashire").value())).isEqualByComparingTo("19.18"); // 14 × 1.37
    assertThat(Amounts.decimal(national.only(ValueStage.VERIFIED).byCouncil().get("blackpool").value())).isEqualByComparingTo("6.85");
    assertThat(statement.shortfalls()).extracting(ContractShortfall::contract).doesNotContain("C1");
  }

  // ---------------------------------------------------------------- the main class

  @Test
  void theMainClassGeneratesReadsAndPrintsTheRollUp(@TempDir Path dir) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NationalRollupMain.run(spark, new String[] {"--generate", "2000", "--bad-every", "500", "--format", "csv",
        "--out", dir.resolve("data").toString(), "--complete"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("generated 2,000 rows (ILLUSTRATIVE)", "read 2,000 rows from", "; 4 bad rows left out",
        "first problems (source | row | field | reason):", "verified value by council:", "  lancashire ",
        "verified value by priority (region):", "verified value by financial year:", "Social value statement 2024/25");
  }
}
