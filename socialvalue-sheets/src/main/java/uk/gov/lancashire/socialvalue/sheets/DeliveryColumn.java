package uk.gov.lancashire.socialvalue.sheets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the delivery-records template, declared once: the CSV header, the XLSX header row, the
 * template's guide sheet and every reader and writer of supplier returns derive from this list.
 *
 * <p>A sheet names its columns in its first row, in any order, in any case. Data columns map one to one to
 * the fields of a {@link uk.gov.lancashire.socialvalue.delivery.DeliveryRecord} and use the same text as the
 * JSON delivery report ({@code 2024/25-Q1}, {@code LT6}, {@code verified}, plain decimals such as {@code
 * 12.5}). Guidance columns ({@link #isGuidance()}) are written into a template to help the supplier and are
 * never read back.
 *
 * <p>In a CSV file the columns are, in template order:
 *
 * <pre>
 * id,period,measure,unit,committed,quantity,supplier,status,evidence,claim_key,location_kind,location,share,notes
 * </pre>
 */
public enum DeliveryColumn {
  /** The record id, unique within the contract's records. Required. */
  ID("id", true, false, "Record id, unique within the contract, e.g. LT6-2024/25-Q1-1."),
  /** The reporting quarter of the UK financial year, {@code 2024/25-Q1}. Required. */
  PERIOD("period", true, false, "Quarter of the UK financial year, e.g. 2024/25-Q1."),
  /** The measure code, {@code LT6}. Required. */
  MEASURE("measure", true, false, "Measure code from the council's framework, e.g. LT6."),
  /** The measure's unit, written into a template for the supplier; not read. */
  UNIT("unit", false, true, "The measure's unit (guidance, not read)."),
  /** The quantity the contract committed for the quarter, written into a template; not read. */
  COMMITTED("committed", false, true, "Quantity the contract commits for the quarter (guidance, not read)."),
  /** The quantity delivered, in the measure's unit, a plain decimal; negative for a disbenefit. Required. */
  QUANTITY("quantity", true, false, "Quantity delivered in the measure's unit, e.g. 12.5; leave blank if none."),
  /** The id of the supplier that reports the record. Required. */
  SUPPLIER("supplier", true, false, "Id of the supplier reporting the record."),
  /** {@code claimed}, {@code evidenced}, {@code verified} or {@code rejected}. Required. */
  STATUS("status", true, false, "claimed, evidenced, verified or rejected."),
  /** Evidence references separated by {@code ;}. Required when evidenced or verified. */
  EVIDENCE("evidence", false, false, "Evidence references separated by ; (needed when evidenced or verified)."),
  /** The person or asset claimed, when the measure counts people or assets. */
  CLAIM_KEY("claim_key", false, false, "Person or asset id, when the measure counts people or assets."),
  /** {@code postcode} or {@code area}, when a location is given. */
  LOCATION_KIND("location_kind", false, false, "postcode or area, when a location is given."),
  /** The postcode or area code where the delivery happened or whom it benefited. */
  LOCATION("location", false, false, "Postcode or area code where it happened or whom it benefited."),
  /** The share of a shared resource attributed to this contract, in (0, 1]; blank means 1. */
  SHARE("share", false, false, "Share attributed to this contract, more than 0 and at most 1; blank means 1."),
  /** Free notes for the council; not read. */
  NOTES("notes", false, true, "Anything the council should know (not read).");

  /** Every column, in template order. */
  public static final List<DeliveryColumn> TEMPLATE_ORDER = List.of(values());

  /** Separates evidence references within one cell. */
  public static final String EVIDENCE_SEPARATOR = ";";

  private final String header;
  private final boolean required;
  private final boolean guidance;
  private final String description;

  DeliveryColumn(String header, boolean required, boolean guidance, String description) {
    this.header = header;
    this.required = required;
    this.guidance = guidance;
    this.description = description;
  }

  /** @return the header text, e.g. {@code claim_key} */
  public String header() {
    return header;
  }

  /** @return true when a sheet must have this column */
  public boolean isRequired() {
    return required;
  }

  /** @return true when the column only helps the supplier and is never read */
  public boolean isGuidance() {
    return guidance;
  }

  /** @return one sentence for the template's guide */
  public String description() {
    return description;
  }

  /**
   * @param header a header cell, case and surrounding spaces ignored
   * @return the column it names
   */
  public static Optional<DeliveryColumn> ofHeader(String header) {
    String h = header.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.header.equals(h)).findFirst();
  }
}
