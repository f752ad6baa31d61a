package uk.gov.lancashire.socialvalue.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * National delivery data with the {@link DeliveryColumns documented columns}, each row labelled with its
 * source (the file it was read from, or a label for a DataFrame) so a problem can name where its row came
 * from. Read it from Parquet, CSV or JSON lines, or wrap any DataFrame a system already has.
 *
 * <p>Nothing is read until a roll-up runs: Spark reads lazily.
 *
 * <p>This class is immutable; it holds a Spark {@link Dataset}, which is as thread-safe as Spark makes it.
 */
public final class NationalData {

  /** The column that names each row's source; added by every reader. */
  public static final String SOURCE = "_source";

  private final Dataset<Row> rows;

  private NationalData(Dataset<Row> rows) {
    this.rows = Objects.requireNonNull(rows, "rows");
  }

  /**
   * Wraps a DataFrame a system already has.
   *
   * @param frame rows with the documented columns (others are ignored; optional ones may be absent)
   * @param label how problems name the frame, e.g. {@code warehouse.delivery_2024}
   * @return the data
   */
  public static NationalData of(Dataset<Row> frame, String label) {
    return new NationalData(frame.withColumn(SOURCE, lit(Objects.requireNonNull(label, "label"))));
  }

  /**
   * Reads Parquet files. {@code quantity} and {@code share} may be text or decimal columns.
   *
   * @param spark the session
   * @param paths files or directories
   * @return the data, each row's source its file
   */
  public static NationalData parquet(SparkSession spark, String... paths) {
    return fromFiles(spark.read().parquet(paths));
  }

  /**
   * Reads CSV files with a header line naming the columns, every column as text (so decimals stay exact);
   * a line that cannot be split into the columns becomes a problem.
   *
   * @param spark the session
   * @param paths files or directories
   * @return the data, each row's source its file
   */
  public static NationalData csv(SparkSession spark, String... paths) {
    return fromFiles(spark.read().schema(DeliveryColumns.textSchema().add(DeliveryColumns.CORRUPT, DataTypes.StringType))
        .option("header", "true").option("mode", "PERMISSIVE").option("enforceSchema", "false")
        .option("columnNameOfCorruptRecord", DeliveryColumns.CORRUPT).csv(paths));
  }

  /**
   * Reads JSON lines (one object per line, the documented fields), every field as text (so decimals stay
   * exact, even when written as JSON numbers); a line that is not a JSON object becomes a problem.
   *
   * @param spark the session
   * @param paths files or directories
   * @return the data, each row's source its file
   */
  public static NationalData jsonLines(SparkSession spark, String... paths) {
    return fromFiles(spark.read().schema(DeliveryColumns.textSchema().add(DeliveryColumns.CORRUPT, DataTypes.StringType))
        .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", DeliveryColumns.CORRUPT)
        .option("prefersDecimal", "true").json(paths));
  }

  private static NationalData fromFiles(Dataset<Row> frame) {
    return new NationalData(frame.withColumn(SOURCE, col("_metadata.file_path")));
  }

  /**
   * Transforms the rows, keeping their sources: to repartition, filter or cache them.
   *
   * @param f a transformation that keeps the columns
   * @return the transformed data
   */
  public NationalData transform(UnaryOperator<Dataset<Row>> f) {
    return new NationalData(f.apply(rows));
  }

  /** @return the rows, with the {@link #SOURCE} column */
  public Dataset<Row> rows() {
    return rows;
  }
}
