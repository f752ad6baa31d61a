package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * One supplier's report of delivery against one measure in one reporting period (a quarter of the UK
 * financial year), confirmed as attributable to this contract and period.
 *
 * <p>Quantities are in the measure's unit: FTE-years for local employment (a full-time local hire for
 * a quarter is 0.25; see {@link FteCount}), session hours × attendees for hours-based measures. A
 * negative quantity is a disbenefit and is kept. The optional claim key (a person or asset id) lets the
 * counting rules spot the same person claimed twice; the optional employment start places a hire in
 * the first year of that person's employment. A shared resource's record carries its
 * {@link #share()} of the resource, from {@link SharedResource}. The reported attributes are declared
 * once, in {@link ReportedActivity}.
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

  /** @return the share of the record attributed to this contract, in (0, 1]; 1 unless shared */
  @Value.Default
  public BigDecimal share() {
    return BigDecimal.ONE;
  }

  /** @return the quantity counted for this contract: quantity × share */
  public BigDecimal attributedQuantity() {
    BigDecimal share = share();
    // × 1 (scale 0) is the quantity itself, same value and scale: no new decimal for an unshared record
    return BigDecimal.ONE.equals(share) ? quantity() : quantity().multiply(share);
  }

  @Value.Check
  void check() {
    Args.bounded(quantity(), "quantity");
    Args.bounded(share(), "share");
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    problems.check(!supplier().isBlank(), "supplier", "must not be blank");
    // messages built only when a check fails: every record read passes through here
    if (!(share().signum() > 0 && share().compareTo(BigDecimal.ONE) <= 0)) {
      problems.add("share", "must be more than 0 and at most 1, was " + share().toPlainString());
    }
    if ((status() == RecordStatus.EVIDENCED || status() == RecordStatus.VERIFIED) && evidence().isEmpty()) {
      problems.add("evidence", (status() == RecordStatus.EVIDENCED ? "an evidenced" : "a verified")
          + " record must name its evidence");
    }
    claimKey().ifPresent(k -> problems.check(!k.isBlank(), "claimKey", "must not be blank when given"));
    problems.throwIfAny();
  }

  /** Builds a {@link DeliveryRecord}. */
  public static final class Builder extends ImmutableDeliveryRecord.Builder
      implements ReportedActivity.Builder<Builder> {
    Builder() {}
  }
}
