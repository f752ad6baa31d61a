package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * The thresholds of a RAG status, as percent delivered (delivered on the {@link #basis()} ÷ committed
 * to date × 100): green at or above {@link #green()}, amber at or above {@link #amber()}, red below. The
 * defaults (90 and 70) are this SDK's illustrative choice, not a published standard: set the council's
 * own. The default basis is {@link RagBasis#CLAIMED} (the supplier's delivery; the verification backlog
 * is its own figure): see {@link RagBasis}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class RagThresholds implements WithRagThresholds {

  private static final RagThresholds DEFAULTS = new Builder().build();

  RagThresholds() {}

  /** @return green from 90%, amber from 70%, on the claimed basis */
  public static RagThresholds defaults() {
    return DEFAULTS;
  }

  /**
   * @param green the percent delivered from which the status is green
   * @param amber the percent delivered from which the status is amber, not above green
   * @return the thresholds
   */
  public static RagThresholds of(BigDecimal green, BigDecimal amber) {
    return new Builder().green(green).amber(amber).build();
  }

  /** @return the percent delivered from which the status is green */
  @Value.Default
  public BigDecimal green() {
    return BigDecimal.valueOf(90);
  }

  /** @return the percent delivered from which the status is amber */
  @Value.Default
  public BigDecimal amber() {
    return BigDecimal.valueOf(70);
  }

  /** @return which delivered figure the percent is measured on; {@link RagBasis#CLAIMED} unless set */
  @Value.Default
  public RagBasis basis() {
    return RagBasis.CLAIMED;
  }

  /**
   * @param basis the delivered figure to measure against
   * @return these thresholds on that basis
   */
  public RagThresholds on(RagBasis basis) {
    return new Builder().green(green()).amber(amber()).basis(basis).build();
  }

  /**
   * @param percentDelivered percent delivered
   * @return its status
   */
  public RagStatus status(BigDecimal percentDelivered) {
    if (percentDelivered.compareTo(green()) >= 0) {
      return RagStatus.GREEN;
    }
    return percentDelivered.compareTo(amber()) >= 0 ? RagStatus.AMBER : RagStatus.RED;
  }

  @Value.Check
  void check() {
    Args.bounded(green(), "green");
    Args.bounded(amber(), "amber");
    Problems problems = new Problems();
    problems.check(amber().signum() >= 0, "amber", "must not be negative, was " + amber().toPlainString());
    problems.check(amber().compareTo(green()) <= 0, "amber",
        "must not be above green (" + green().toPlainString() + "), was " + amber().toPlainString());
    problems.throwIfAny();
  }

  /** Builds {@link RagThresholds}. */
  public static final class Builder extends ImmutableRagThresholds.Builder {
    Builder() {}
  }
}
