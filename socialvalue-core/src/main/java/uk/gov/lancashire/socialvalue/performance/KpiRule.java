package uk.gov.lancashire.socialvalue.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.Problems;

/**
 * The rule for how many KPIs a contract must have, held as data with its source and the date it applies
 * from, so a later rule replaces it by date without a code change.
 *
 * <p>{@link #procurementAct2023()}: before entering into a public contract with an estimated value of more
 * than £5 million the authority must set at least three KPIs (s.52(1)), unless it considers that
 * performance could not appropriately be assessed by KPIs (s.52(2)); the duty does not apply to
 * frameworks, concession contracts, light-touch contracts or private utilities' contracts (s.52(6))
 * (https://www.legislation.gov.uk/ukpga/2023/54/section/52). The £5 million is read as including VAT
 * (secondary sources: Trowers &amp; Hamlins, Anthony Collins). In force for procurements started on or
 * after 24 February 2025.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param threshold the estimated value above which the rule applies, in the contract's currency
 * @param minimumKpis the least number of KPIs
 * @param exempt the contract kinds the rule does not apply to
 * @param appliesFrom the first procurement start date the rule applies to
 * @param source where the rule comes from
 */
public record KpiRule(BigDecimal threshold, int minimumKpis, Set<ContractKind> exempt, LocalDate appliesFrom,
    String source) {

  /**
   * Checks the rule and copies its exemptions.
   *
   * @param threshold see the record description
   * @param minimumKpis see the record description
   * @param exempt see the record description
   * @param appliesFrom see the record description
   * @param source see the record description
   */
  public KpiRule {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(appliesFrom, "appliesFrom");
    Objects.requireNonNull(source, "source");
    List<ContractKind> kinds = Args.copyOf(exempt, "exempt");
    exempt = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    Args.bounded(threshold, "threshold");
    Problems problems = new Problems();
    problems.check(threshold.signum() >= 0, "threshold", "must not be negative, was " + threshold.toPlainString());
    problems.check(minimumKpis >= 1, "minimumKpis", "must be at least 1, was " + minimumKpis);
    problems.check(!source.isBlank(), "source", "must not be blank");
    problems.throwIfAny();
  }

  /** @return the Procurement Act 2023 s.52 rule: more than £5m (VAT included), at least three KPIs */
  public static KpiRule procurementAct2023() {
    return new KpiRule(new BigDecimal("5000000"), 3,
        EnumSet.of(ContractKind.FRAMEWORK, ContractKind.CONCESSION, ContractKind.LIGHT_TOUCH, ContractKind.PRIVATE_UTILITY),
        LocalDate.of(2025, 2, 24), "Procurement Act 2023 s.52(1), (2) and (6); https://www.legislation.gov.uk/ukpga/2023/54/section/52");
  }

  /**
   * Checks a contract against the rule.
   *
   * @param estimatedValue the contract's estimated value, VAT included, in the threshold's currency
   * @param kind the kind of contract
   * @param procurementStart the date the procurement started
   * @param kpis how many KPIs the contract has
   * @param notAppropriate the authority's reason why performance could not appropriately be assessed by
   *     KPIs (s.52(2)), if it relies on that exemption
   * @return whether the rule applies and is met, and why
   */
  public Check check(BigDecimal estimatedValue, ContractKind kind, LocalDate procurementStart, int kpis,
      Optional<String> notAppropriate) {
    Args.bounded(estimatedValue, "estimatedValue");
    Explanation e = Explanation.of("KPI rule: " + source).with("estimated value", estimatedValue.toPlainString())
        .with("threshold", "more than " + threshold.toPlainString()).with("contract kind", kind)
        .with("KPIs set", kpis);
    if (procurementStart.isBefore(appliesFrom)) {
      return new Check(false, true, e.with("outcome", "does not apply: procurement started " + procurementStart
          + ", before " + appliesFrom));
    }
    if (exempt.contains(kind)) {
      return new Check(false, true, e.with("outcome", "does not apply to a " + kind));
    }
    if (estimatedValue.compareTo(threshold) <= 0) {
      return new Check(false, true, e.with("outcome", "does not apply: the value is not above the threshold"));
    }
    if (notAppropriate.filter(r -> !r.isBlank()).isPresent()) {
      return new Check(true, true, e.with("outcome", "exempt: performance could not appropriately be assessed by "
          + "KPIs (s.52(2)): " + notAppropriate.get()));
    }
    boolean met = kpis >= minimumKpis;
    return new Check(true, met, e.with("outcome", met ? "met: " + kpis + " KPIs, at least " + minimumKpis
        : "not met: " + kpis + " KPIs, at least " + minimumKpis + " must be set before the contract is entered into"));
  }

  /**
   * The outcome of {@link KpiRule#check}.
   *
   * @param applies whether the rule applies to the contract
   * @param met whether the contract meets it (true when it does not apply)
   * @param explanation how the outcome was reached
   */
  public record Check(boolean applies, boolean met, Explanation explanation) {

    /**
     * Checks the explanation is present.
     *
     * @param applies see the record description
     * @param met see the record description
     * @param explanation see the record description
     */
    public Check {
      Objects.requireNonNull(explanation, "explanation");
    }
  }
}
