package uk.gov.lancashire.socialvalue.valuation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

/**
 * One outcome to value: a quantity of a monetised {@link Measure}, its proxy, its SROI adjustments and
 * its timing (SROI practice, <i>A Guide to Social Return on Investment</i>).
 *
 * <p><b>Proxy.</b> Either from a named {@link ProxyEdition} (its {@link ProxyEdition#reference()} is
 * recorded in the result) or an explicit {@link ProxyValue}; exactly one of the two. The proxy, the
 * quantity and the measure must share one unit.
 *
 * <p><b>Adjustments.</b> Deadweight, displacement, attribution, drop-off and duration default to the
 * measure's {@link Measure#adjustments()}; each may be overridden on the line.
 *
 * <p><b>Deadweight model.</b> With {@link DeadweightModel#DROP_OFF} (the default) the deadweight is
 * constant and the outcome drops off each later year. With {@link DeadweightModel#RISING_DEADWEIGHT}
 * the line gives one deadweight per outcome year in {@link #risingDeadweights()} (not decreasing, e.g.
 * 0.15, 0.30, 0.45) and there is no drop-off: the measure's default deadweight and drop-off are not
 * used. The two never combine: a line that gives a deadweight or drop-off override with the rising
 * model, or rising deadweights with the drop-off model, is refused.
 *
 * <p><b>Timing.</b> The activity happens in {@link #activityPeriod()} (0 is the first period of the
 * valuation); the outcome starts then or in the next period ({@link #start()}) and lasts its duration.
 *
 * <p>Negative quantities (disbenefits) are kept and valued as negative amounts.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class OutcomeLine implements WithOutcomeLine {

  OutcomeLine() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a label for the line, unique within a valuation, e.g. {@code NT1 local staff} */
  public abstract String id();

  /** @return the measure counted; it must be monetised */
  public abstract Measure measure();

  /** @return how much, in the measure's unit; may be negative */
  public abstract Quantity quantity();

  /** @return the period the activity happens in, 0 for the first */
  @Value.Default
  public int activityPeriod() {
    return 0;
  }

  /** @return whether the outcome starts in the activity's period or the next */
  @Value.Default
  public OutcomeStart start() {
    return OutcomeStart.SAME_PERIOD;
  }

  /** @return the edition the proxy comes from, when named */
  public abstract Optional<ProxyEdition> edition();

  /** @return an explicit proxy, when not taken from an edition */
  public abstract Optional<ProxyValue> proxy();

  /** @return a deadweight overriding the measure's, in [0, 1] */
  public abstract Optional<BigDecimal> deadweight();

  /** @return a displacement overriding the measure's, in [0, 1] */
  public abstract Optional<BigDecimal> displacement();

  /** @return an attribution overriding the measure's, in [0, 1] */
  public abstract Optional<BigDecimal> attribution();

  /** @return a drop-off overriding the measure's, in [0, 1] */
  public abstract Optional<BigDecimal> dropOff();

  /** @return a duration in years overriding the measure's, at least 1 */
  public abstract OptionalInt durationYears();

  /** @return how the outcome fades: drop-off (default) or a rising deadweight */
  @Value.Default
  public DeadweightModel deadweightModel() {
    return DeadweightModel.DROP_OFF;
  }

  /** @return with {@link DeadweightModel#RISING_DEADWEIGHT}, the deadweight of each outcome year */
  public abstract List<BigDecimal> risingDeadweights();

  // ---------------------------------------------------------------- what is used

  /** @return the proxy used: the explicit one, or the edition's value for the measure */
  public ProxyValue proxyUsed() {
    return proxy().orElseGet(() -> edition().orElseThrow().proxy(measure().code()).orElseThrow());
  }

  /** @return the edition reference {@code id@version}, when the proxy comes from an edition */
  public Optional<String> editionReference() {
    return edition().map(ProxyEdition::reference);
  }

  /** @return the displacement used */
  public BigDecimal displacementUsed() {
    return displacement().orElse(measure().adjustments().displacement());
  }

  /** @return the attribution used */
  public BigDecimal attributionUsed() {
    return attribution().orElse(measure().adjustments().attribution());
  }

  /** @return the drop-off used; always zero with the rising-deadweight model */
  public BigDecimal dropOffUsed() {
    return deadweightModel() == DeadweightModel.RISING_DEADWEIGHT
        ? BigDecimal.ZERO
        : dropOff().orElse(measure().adjustments().dropOff());
  }

  /** @return the duration used, in years */
  public int durationUsed() {
    if (durationYears().isPresent()) {
      return durationYears().getAsInt();
    }
    return deadweightModel() == DeadweightModel.RISING_DEADWEIGHT
        ? risingDeadweights().size()
        : measure().adjustments().durationYears();
  }

  /**
   * @param outcomeYear the outcome year, 1 for the first
   * @return the deadweight used in that year
   */
  public BigDecimal deadweightUsed(int outcomeYear) {
    return deadweightModel() == DeadweightModel.RISING_DEADWEIGHT
        ? risingDeadweights().get(outcomeYear - 1)
        : deadweight().orElse(measure().adjustments().deadweight());
  }

  /**
   * @param name {@code deadweight}, {@code displacement}, {@code attribution}, {@code dropOff} or
   *     {@code durationYears}
   * @return where the value used comes from: {@code line} or {@code measure default}
   */
  public String sourceOf(String name) {
    boolean onLine;
    switch (name) {
      case "deadweight":
        onLine = deadweight().isPresent() || deadweightModel() == DeadweightModel.RISING_DEADWEIGHT;
        break;
      case "displacement":
        onLine = displacement().isPresent();
        break;
      case "attribution":
        onLine = attribution().isPresent();
        break;
      case "dropOff":
        onLine = dropOff().isPresent() || deadweightModel() == DeadweightModel.RISING_DEADWEIGHT;
        break;
      case "durationYears":
        onLine = durationYears().isPresent() || deadweightModel() == DeadweightModel.RISING_DEADWEIGHT;
        break;
      default:
        throw new IllegalArgumentException("unknown adjustment '" + name + "'");
    }
    return onLine ? "line" : "measure default";
  }

  /**
   * @param quantity another quantity
   * @return a copy of this line with that quantity
   */
  public abstract OutcomeLine withQuantity(Quantity quantity);

  /**
   * @param proxy an explicit proxy
   * @return a copy of this line valued with that proxy instead of its edition or former proxy
   */
  public OutcomeLine valuedWith(ProxyValue proxy) {
    return ((ImmutableOutcomeLine) this).withEdition(Optional.empty()).withProxy(proxy);
  }

  /**
   * @param deadweight a deadweight overriding the measure's
   * @return a copy of this line with that override
   */
  public abstract OutcomeLine withDeadweight(BigDecimal deadweight);

  /**
   * @param displacement a displacement overriding the measure's
   * @return a copy of this line with that override
   */
  public abstract OutcomeLine withDisplacement(BigDecimal displacement);

  /**
   * @param attribution an attribution overriding the measure's
   * @return a copy of this line with that override
   */
  public abstract OutcomeLine withAttribution(BigDecimal attribution);

  /**
   * @param dropOff a drop-off overriding the measure's
   * @return a copy of this line with that override
   */
  public abstract OutcomeLine withDropOff(BigDecimal dropOff);

  /** @return the first period the outcome counts in */
  public int firstPeriod() {
    return activityPeriod() + start().offset();
  }

  // ---------------------------------------------------------------- validation

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    problems.check(measure().isMonetised(), "measure",
        "measure " + measure().code() + " is " + measure().kind() + ", only monetised measures are valued");
    problems.check(quantity().unit() == measure().unit(), "quantity",
        "is in " + quantity().unit() + " but measure " + measure().code() + " counts " + measure().unit());
    problems.check(activityPeriod() >= 0 && activityPeriod() <= Adjustments.MAX_DURATION_YEARS, "activityPeriod",
        "must be from 0 to " + Adjustments.MAX_DURATION_YEARS + ", was " + activityPeriod());
    checkProxy(problems);
    deadweight().ifPresent(v -> problems.fraction(v, "deadweight"));
    displacement().ifPresent(v -> problems.fraction(v, "displacement"));
    attribution().ifPresent(v -> problems.fraction(v, "attribution"));
    dropOff().ifPresent(v -> problems.fraction(v, "dropOff"));
    durationYears().ifPresent(v -> problems.check(v >= 1 && v <= Adjustments.MAX_DURATION_YEARS, "durationYears",
        "must be from 1 to " + Adjustments.MAX_DURATION_YEARS + ", was " + v));
    checkModel(problems);
    problems.throwIfAny();
  }

  private void checkProxy(Problems problems) {
    if (edition().isPresent() == proxy().isPresent()) {
      problems.add("proxy", "give exactly one of an edition or an explicit proxy");
      return;
    }
    if (edition().isPresent() && edition().get().proxy(measure().code()).isEmpty()) {
      problems.add("edition", "edition " + edition().get().reference() + " has no proxy for " + measure().code());
      return;
    }
    ProxyValue used = proxyUsed();
    problems.check(used.unit() == measure().unit(), "proxy",
        "is per " + used.unit() + " but measure " + measure().code() + " counts " + measure().unit());
  }

  private void checkModel(Problems problems) {
    if (deadweightModel() == DeadweightModel.DROP_OFF) {
      problems.check(risingDeadweights().isEmpty(), "risingDeadweights",
          "rising deadweights belong to the RISING_DEADWEIGHT model; the DROP_OFF model never combines with them");
      return;
    }
    problems.check(deadweight().isEmpty(), "deadweight",
        "the RISING_DEADWEIGHT model takes its deadweights from risingDeadweights; do not also give a constant one");
    problems.check(dropOff().isEmpty(), "dropOff",
        "the RISING_DEADWEIGHT model never combines with a drop-off");
    if (!problems.check(!risingDeadweights().isEmpty(), "risingDeadweights",
        "the RISING_DEADWEIGHT model needs one deadweight per outcome year")) {
      return;
    }
    problems.check(risingDeadweights().size() <= Adjustments.MAX_DURATION_YEARS, "risingDeadweights",
        "gives " + risingDeadweights().size() + " years; at most " + Adjustments.MAX_DURATION_YEARS);
    durationYears().ifPresent(d -> problems.check(d == risingDeadweights().size(), "risingDeadweights",
        "gives " + risingDeadweights().size() + " years but durationYears is " + d));
    for (int i = 0; i < risingDeadweights().size(); i++) {
      problems.fraction(risingDeadweights().get(i), ProblemPath.of("risingDeadweights").index(i));
      if (i > 0) {
        problems.check(risingDeadweights().get(i).compareTo(risingDeadweights().get(i - 1)) >= 0,
            ProblemPath.of("risingDeadweights").index(i), "must not be below the year before ("
                + risingDeadweights().get(i - 1).toPlainString() + "), was " + risingDeadweights().get(i).toPlainString());
      }
    }
  }

  /** Builds an {@link OutcomeLine}. */
  public static final class Builder extends ImmutableOutcomeLine.Builder {
    Builder() {}
  }
}
