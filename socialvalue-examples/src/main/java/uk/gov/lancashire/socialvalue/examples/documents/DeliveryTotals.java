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
 * <p>Mutable while records are added; not thread-safe.
 */
public final class DeliveryTotals {

  private long count;
  private @Nullable FinancialQuarter first;
  private @Nullable FinancialQuarter last;
  private final SortedMap<MeasureCode, Map<RecordStatus, BigDecimal>> quantities = new TreeMap<>();

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
    quantities.computeIfAbsent(record.measure(), m -> new EnumMap<>(RecordStatus.class))
        .merge(record.status(), record.attributedQuantity(), BigDecimal::add);
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
    other.quantities.forEach((measure, byStatus) -> byStatus.forEach((status, q) -> quantities
        .computeIfAbsent(measure, m -> new EnumMap<>(RecordStatus.class)).merge(status, q, BigDecimal::add)));
    return this;
  }

  /** @return how many records were added */
  public long count() {
    return count;
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
    quantities.forEach((measure, byStatus) -> copy.put(measure, Collections.unmodifiableMap(new EnumMap<>(byStatus))));
    return Collections.unmodifiableSortedMap(copy);
  }
}
