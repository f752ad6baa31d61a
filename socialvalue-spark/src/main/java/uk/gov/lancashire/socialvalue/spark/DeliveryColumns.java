package uk.gov.lancashire.socialvalue.spark;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The documented columns of national delivery data: one row per delivery record (or per quarter of a
 * KPI's commitment), as a council's contract-management system exports it. The field names are those
 * of a delivery record in socialvalue-json, plus the council, the contract and the locality status.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>required</th><th>what</th></tr>
 *   <tr><td>{@code council}</td><td>yes</td><td>the council's id, e.g. {@code lancashire}; no {@code /}</td></tr>
 *   <tr><td>{@code contract}</td><td>yes</td><td>the contract's id, unique within its council</td></tr>
 *   <tr><td>{@code id}</td><td>yes</td><td>the record's id, unique within its contract</td></tr>
 *   <tr><td>{@code period}</td><td>yes</td><td>the financial quarter, e.g. {@code 2024/25-Q1}</td></tr>
 *   <tr><td>{@code measure}</td><td>yes</td><td>a measure code of the framework, e.g. {@code NR3}</td></tr>
 *   <tr><td>{@code quantity}</td><td>yes</td><td>a plain decimal in the measure's unit ({@code -12.5}); text or a
 *       decimal column, never a floating-point column</td></tr>
 *   <tr><td>{@code supplier}</td><td>yes</td><td>the supplier that reports it</td></tr>
 *   <tr><td>{@code status}</td><td>yes</td><td>{@code CLAIMED}, {@code EVIDENCED}, {@code VERIFIED}, {@code REJECTED},
 *       or {@code COMMITTED} for a KPI's scheduled quantity in the quarter (any letter case)</td></tr>
 *   <tr><td>{@code evidence}</td><td>no</td><td>evidence references separated by {@code ;} (or an array column);
 *       required for evidenced and verified records</td></tr>
 *   <tr><td>{@code claimKey}</td><td>no</td><td>the person or asset claimed</td></tr>
 *   <tr><td>{@code share}</td><td>no</td><td>the share attributed to this contract, in (0, 1]; 1 when absent</td></tr>
 *   <tr><td>{@code local}</td><td>no</td><td>{@code LOCAL}, {@code NOT_LOCAL} or {@code UNKNOWN} by the contract's own
 *       locality (decided where the contract is held); {@code UNKNOWN} when absent</td></tr>
 * </table>
 *
 * <p>Readers of text formats (CSV, JSON lines) read every column as text, so decimals arrive exactly as
 * written and a malformed line is kept as a problem rather than dropped.
 */
public final class DeliveryColumns {

  /** The council's id. */
  public static final String COUNCIL = "council";
  /** The contract's id within the council. */
  public static final String CONTRACT = "contract";
  /** The record's id within the contract. */
  public static final String ID = "id";
  /** The financial quarter. */
  public static final String PERIOD = "period";
  /** The measure code. */
  public static final String MEASURE = "measure";
  /** The quantity. */
  public static final String QUANTITY = "quantity";
  /** The reporting supplier. */
  public static final String SUPPLIER = "supplier";
  /** The status or {@code COMMITTED}. */
  public static final String STATUS = "status";
  /** Evidence references. */
  public static final String EVIDENCE = "evidence";
  /** The person or asset claimed. */
  public static final String CLAIM_KEY = "claimKey";
  /** The share attributed to the contract. */
  public static final String SHARE = "share";
  /** The locality status. */
  public static final String LOCAL = "local";

  /** Every column, in the documented order (the order of a CSV header). */
  public static final List<String> ALL = List.of(COUNCIL, CONTRACT, ID, PERIOD, MEASURE, QUANTITY, SUPPLIER, STATUS,
      EVIDENCE, CLAIM_KEY, SHARE, LOCAL);
  /** The columns a row must have. */
  public static final List<String> REQUIRED = ALL.subList(0, 8);

  /** The column a text reader fills with a line it could not split into the columns. */
  static final String CORRUPT = "_corrupt_record";

  private DeliveryColumns() {}

  /** @return every column as nullable text, in the documented order: the schema text readers use */
  public static StructType textSchema() {
    StructType schema = new StructType();
    for (String column : ALL) {
      schema = schema.add(new StructField(column, DataTypes.StringType, true, org.apache.spark.sql.types.Metadata.empty()));
    }
    return schema;
  }
}
