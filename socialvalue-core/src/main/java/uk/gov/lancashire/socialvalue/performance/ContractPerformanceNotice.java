package uk.gov.lancashire.socialvalue.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problems;

/**
 * A contract performance notice recording a KPI assessment, with the content The Procurement
 * Regulations 2024, reg 39(4) lists (https://www.legislation.gov.uk/uksi/2024/692/regulation/39/made;
 * published on the central digital platform as notice type UK9): the contracting authority, the
 * procurement title, the procurement and contract identifiers, the KPIs, a statement that the notice
 * records a KPI assessment, the supplier assessed, the rating, and the period the assessment covers.
 *
 * <p>The notice carries every KPI assessed, each with its target, achievement and rating. Reg 39(4)(d)
 * as made says "the KPIs set"; a later text asks for the three regarded as most material: publish the
 * ones your reading of the regulations requires.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param authority the contracting authority
 * @param procurementTitle the procurement's title
 * @param procurementId the procurement's identifier
 * @param contractId the contract's identifier
 * @param supplier the supplier assessed
 * @param from the first day of the period assessed
 * @param to the last day of the period assessed
 * @param kind periodic or on termination
 * @param kpis each KPI with its target, achievement and rating
 * @param rating the contract's rating
 */
public record ContractPerformanceNotice(String authority, String procurementTitle, String procurementId,
    String contractId, NoticeSupplier supplier, LocalDate from, LocalDate to, AssessmentKind kind, List<Line> kpis,
    Rating rating) {

  /** The statement reg 39(4)(e) requires. */
  public static final String STATEMENT = "This notice records the assessment of the supplier's performance "
      + "against the key performance indicators set under section 52(1) of the Procurement Act 2023.";

  /**
   * Checks the notice and copies its KPIs.
   *
   * @param authority see the record description
   * @param procurementTitle see the record description
   * @param procurementId see the record description
   * @param contractId see the record description
   * @param supplier see the record description
   * @param from see the record description
   * @param to see the record description
   * @param kind see the record description
   * @param kpis see the record description
   * @param rating see the record description
   */
  public ContractPerformanceNotice {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(procurementTitle, "procurementTitle");
    Objects.requireNonNull(procurementId, "procurementId");
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rating, "rating");
    kpis = Args.copyOf(kpis, "kpis");
    Problems problems = new Problems();
    problems.check(!authority.isBlank(), "authority", "must not be blank");
    problems.check(!procurementTitle.isBlank(), "procurementTitle", "must not be blank");
    problems.check(!procurementId.isBlank(), "procurementId", "must not be blank");
    problems.check(!contractId.isBlank(), "contractId", "must not be blank");
    problems.check(!to.isBefore(from), "to", "is before from (" + from + ")");
    problems.check(!kpis.isEmpty(), "kpis", "a notice records at least one KPI");
    problems.throwIfAny();
  }

  /**
   * The notice of an assessment.
   *
   * @param authority the contracting authority
   * @param procurementTitle the procurement's title
   * @param procurementId the procurement's identifier
   * @param supplier the supplier's published details; its name is the assessment's supplier
   * @param assessment the assessment
   * @return the notice
   */
  public static ContractPerformanceNotice of(String authority, String procurementTitle, String procurementId,
      NoticeSupplier supplier, PerformanceAssessment assessment) {
    List<Line> lines = assessment.kpis().stream().map(k -> new Line(k.kpi().id(), k.kpi().title(), k.kpi().unit(),
        k.kpi().target(), k.achieved(), k.rating(), k.override().map(RatingOverride::reason)))
        .collect(Collectors.toList());
    return new ContractPerformanceNotice(authority, procurementTitle, procurementId, assessment.contractId(), supplier,
        assessment.from(), assessment.to(), assessment.kind(), lines, assessment.rating());
  }

  /** @return {@link #STATEMENT} */
  public String statement() {
    return STATEMENT;
  }

  /**
   * One KPI on the notice.
   *
   * @param id the KPI's id
   * @param title what it measures
   * @param unit the unit of target and achievement
   * @param target the target for the period
   * @param achieved what was achieved, when measured
   * @param rating its rating
   * @param overrideReason the officer's reason when the rating was overridden
   */
  public record Line(String id, String title, String unit, BigDecimal target, Optional<BigDecimal> achieved,
      Rating rating, Optional<String> overrideReason) {

    /**
     * Checks every component is present.
     *
     * @param id see the record description
     * @param title see the record description
     * @param unit see the record description
     * @param target see the record description
     * @param achieved see the record description
     * @param rating see the record description
     * @param overrideReason see the record description
     */
    public Line {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(achieved, "achieved");
      Objects.requireNonNull(rating, "rating");
      Objects.requireNonNull(overrideReason, "overrideReason");
    }
  }
}
