package uk.gov.lancashire.socialvalue.needs;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.Theme;

/**
 * A category of contract (construction, adult social care, ICT, …) and the measures relevant and
 * proportionate to it, as data: measure codes listed one by one, themes whose every measure is
 * relevant, or both.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class ContractCategory implements WithContractCategory {

  ContractCategory() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a stable id, e.g. {@code construction} */
  public abstract String id();

  /** @return the title */
  public abstract String title();

  /** @return measures relevant to the category, by code */
  public abstract Set<MeasureCode> measures();

  /** @return themes whose measures are all relevant to the category, by theme id */
  public abstract Set<String> themeIds();

  /**
   * @param code a measure code
   * @param framework the framework that places measures in themes
   * @return true when the measure is listed, or its theme is
   */
  public boolean isRelevant(MeasureCode code, Framework framework) {
    if (measures().contains(code)) {
      return true;
    }
    Optional<Theme> theme = framework.themeOf(code);
    return theme.isPresent() && themeIds().contains(theme.get().id());
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    problems.check(!title().isBlank(), "title", "must not be blank");
    problems.check(!measures().isEmpty() || !themeIds().isEmpty(), "measures",
        "a category lists at least one relevant measure or theme");
    problems.throwIfAny();
  }

  /** Builds a {@link ContractCategory}. */
  public static final class Builder extends ImmutableContractCategory.Builder {
    Builder() {}
  }
}
