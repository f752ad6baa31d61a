package uk.gov.lancashire.socialvalue.targets;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * Progress against every target of one financial year on a date, and the problems that keep it
 * incomplete: targets with no achieved figure (never read as zero) and achieved figures with no target.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class ProgressReport {

  ProgressReport() {}

  /** @return the date progress is judged on */
  public abstract LocalDate asOf();

  /** @return the financial year containing {@link #asOf()} */
  public abstract FinancialYear year();

  /** @return progress per target with an achieved figure, by subject */
  public abstract List<TargetProgress> lines();

  /** @return missing achieved figures and figures without a target */
  public abstract List<Problem> problems();

  /**
   * @param subject a priority or measure
   * @return its progress, if it has a target and an achieved figure
   */
  public Optional<TargetProgress> line(TargetSubject subject) {
    return lines().stream().filter(l -> l.target().subject().equals(subject)).findFirst();
  }

  /** Builds a {@link ProgressReport}; package-private, as reports come from {@link StrategyPlan#progress}. */
  static final class Builder extends ImmutableProgressReport.Builder {
    Builder() {}
  }
}
