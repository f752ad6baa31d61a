package uk.gov.lancashire.socialvalue.examples.documents;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * What a report's delivery section says of delivery records without counting them by a contract's rules: how
 * many, the first and last quarter, and the attributed quantity (quantity × share) of each measure and status,
 * summed exactly. Records are added one at a time and not held, so a report of millions of records costs a few
 * numbers per measure instead of the records: the way {@link ReportInputs} takes records streamed from a file
 * when no contract is given.
 *
 * <p>The value of a measure's verified records is its verified quantity times the proxy: the pinned valuer is
 * linear and exact ({@link uk.gov.lancashire.socialvalue.framework.CommitmentValuer}), so it is, to the last
 * digit and scale, the sum of each record's value.
 *
 * <p><strong>Bounded by the measures, not the records.</strong> At most {@link #MAX_MEASURES} measure codes are
 * summed: the first met, in the order records are added. A record of any further code is counted in {@link
 * #count()} and in {@link #unlisted()}, and its quantity is in neither {@link #quantities()} nor any value made
 * from them. A framework has a few hundred measures, so only input that names a new code in record after
 * record reaches the bound (400,000 records, each of its own code, ran a 48 MB report out of memory); the
 * report says how many records it left out of its tables.
 *
 * <p>Mutable while records are added; not thread-safe.
 */
public final class DeliveryTotals {

  /** How many measure codes are summed; records of further codes are counted in {@link #unlisted()} only. */
  public static final int MAX_MEASURES = 10_000;

  private long count;
  private long unlisted;
  private @Nullable FinancialQuarter first;
  private @Nullable FinancialQuarter last;
  private final SortedMap<MeasureCode, Row> rows = new TreeMap<>();

  /** One measure's records: how many, and their attributed quantities by status. */
  private static final class Row {
    long records;
    final Map<RecordStatus, BigDecimal> byStatus = new EnumMap<>(RecordStatus.class);
  }

  /**
   * Adds one record.
   *
   * @param record a delivery record
   * @return this
   */
  public DeliveryTotals add(DeliveryRecord record) {
    Objects.requireNonNull(record, "record");
    count++;
    FinancialQuarter period = record.period();
    first = first == null || period.compareTo(first) < 0 ? period : first;
    last = last == null || period.compareTo(last) > 0 ? period : last;
    Row row = row(record.measure());
    if (row == null) {
      unlisted++;
    } else {
      row.records++;
      row.byStatus.merge(record.status(), record.attributedQuantity(), BigDecimal::add);
    }
    return this;
  }

  /**
   * Adds everything other totals hold.
   *
   * @param other totals, left unchanged
   * @return this
   */
  public DeliveryTotals addAll(DeliveryTotals other) {
    count += other.count;
    if (other.first != null) {
      first = first == null || other.first.compareTo(first) < 0 ? other.first : first;
    }
    if (other.last != null) {
      last = last == null || other.last.compareTo(last) > 0 ? other.last : last;
    }
    unlisted += other.unlisted;
    other.rows.forEach((measure, theirs) -> {
      Row ours = row(measure);
      if (ours == null) {
        unlisted += theirs.records;
      } else {
        ours.records += theirs.records;
        theirs.byStatus.forEach((status, q) -> ours.byStatus.merge(status, q, BigDecimal::add));
      }
    });
    return this;
  }

  /** @return the measure's row, made if fewer than {@link #MAX_MEASURES} are held; otherwise null */
  private @Nullable Row row(MeasureCode measure) {
    Row row = rows.get(measure);
    if (row == null && rows.size() < MAX_MEASURES) {
      row = new Row();
      rows.put(measure, row);
    }
    return row;
  }

  /** @return how many records were added */
  public long count() {
    return count;
  }

  /**
   * @return how many of the records are of a measure code met after {@link #MAX_MEASURES} others: counted in
   *     {@link #count()}, but not in {@link #quantities()}
   */
  public long unlisted() {
    return unlisted;
  }

  /** @return the earliest quarter of a record; empty when none was added */
  public Optional<FinancialQuarter> first() {
    return Optional.ofNullable(first);
  }

  /** @return the latest quarter of a record; empty when none was added */
  public Optional<FinancialQuarter> last() {
    return Optional.ofNullable(last);
  }

  /** @return the attributed quantities summed by measure, in code order, then by status: a copy */
  public SortedMap<MeasureCode, Map<RecordStatus, BigDecimal>> quantities() {
    SortedMap<MeasureCode, Map<RecordStatus, BigDecimal>> copy = new TreeMap<>();
    rows.forEach((measure, row) -> copy.put(measure, Collections.unmodifiableMap(new EnumMap<>(row.byStatus))));
    return Collections.unmodifiableSortedMap(copy);
  }
}
