package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * One supplier's report of delivery against one measure in one reporting period (a quarter of the UK
 * financial year), confirmed as attributable to this contract and period.
 *
 * <p>Quantities are in the measure's unit: FTE-years for local employment (a full-time local hire for
 * a quarter is 0.25; see {@link FteCount}), session hours × attendees for hours-based measures. A
 * negative quantity is a disbenefit and is kept. The optional claim key (a person or asset id) lets the
 * counting rules spot the same person claimed twice. A shared resource's record carries its
 * {@link #share()} of the resource, from {@link SharedResource}.
 *
 * <p>An evidenced or verified record must name its evidence.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class DeliveryRecord implements ReportedActivity, WithDeliveryRecord {

  DeliveryRecord() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the record id, unique within a contract's records */
  public abstract String id();

  /** @return the reporting period */
  public abstract FinancialQuarter period();

  /** @return the measure */
  public abstract MeasureCode measure();

  /** @return the quantity, in the measure's unit, before any share */
  public abstract BigDecimal quantity();

  /** @return the id of the supplier that reports it */
  public abstract String supplier();

  /** @return the status */
  public abstract RecordStatus status();

  /** @return references to the evidence (payroll extract, invoice, attendance list) */
  public abstract List<String> evidence();

  /** @return the person or asset claimed, when the measure counts people or assets */
  public abstract Optional<String> claimKey();

  /** @return where the delivery happened or whom it benefited, for the locality test */
  public abstract Optional<Location> location();

  /** @return the share of the record attributed to this contract, in (0, 1]; 1 unless shared */
  @Value.Default
  public BigDecimal share() {
    return BigDecimal.ONE;
  }

  /** @return the quantity counted for this contract: quantity × share */
  public BigDecimal attributedQuantity() {
    return quantity().multiply(share());
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    problems.check(!supplier().isBlank(), "supplier", "must not be blank");
    problems.check(share().signum() > 0 && share().compareTo(BigDecimal.ONE) <= 0, "share",
        "must be more than 0 and at most 1, was " + share().toPlainString());
    problems.check(!(status() == RecordStatus.EVIDENCED || status() == RecordStatus.VERIFIED) || !evidence().isEmpty(),
        "evidence", "an " + status().name().toLowerCase() + " record must name its evidence");
    claimKey().ifPresent(k -> problems.check(!k.isBlank(), "claimKey", "must not be blank when given"));
    problems.throwIfAny();
  }

  /** Builds a {@link DeliveryRecord}. */
  public static final class Builder extends ImmutableDeliveryRecord.Builder {
    Builder() {}
  }
}
