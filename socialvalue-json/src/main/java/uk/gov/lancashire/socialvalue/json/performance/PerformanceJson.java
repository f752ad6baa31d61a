package uk.gov.lancashire.socialvalue.json.performance;

import java.util.Map;
import java.util.Set;
import uk.gov.lancashire.socialvalue.json.engine.EnumNames;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;
import uk.gov.lancashire.socialvalue.json.engine.Shape;
import uk.gov.lancashire.socialvalue.performance.AssessmentKind;
import uk.gov.lancashire.socialvalue.performance.ContractPerformanceNotice;
import uk.gov.lancashire.socialvalue.performance.NoticeSupplier;
import uk.gov.lancashire.socialvalue.performance.Rating;

/**
 * The JSON shapes of the core's {@code performance} package: the contract performance notice (The
 * Procurement Regulations 2024, reg 39), its supplier and KPI lines, ratings and assessment kinds.
 */
public final class PerformanceJson {

  /** A rating of reg 39(5). */
  public static final EnumNames<Rating> RATING = EnumNames.of(Rating.class, "rating", Map.of(
      Rating.GOOD, "good",
      Rating.APPROACHING_TARGET, "approaching-target",
      Rating.REQUIRES_IMPROVEMENT, "requires-improvement",
      Rating.INADEQUATE, "inadequate",
      Rating.OTHER, "other"));

  /** Why an assessment was made. */
  public static final EnumNames<AssessmentKind> KIND = EnumNames.of(AssessmentKind.class, "assessment kind", Map.of(
      AssessmentKind.PERIODIC, "periodic",
      AssessmentKind.TERMINATION, "termination"));

  /** The supplier a notice names (reg 39(4)(f)). */
  public static final Shape<NoticeSupplier, Shape.Args> SUPPLIER = Shape.<NoticeSupplier>args(
      a -> new NoticeSupplier(a.get("name"), a.get("address"), a.get("email"), a.get("identifier")))
      .required("name", Scalars.STRING, NoticeSupplier::name)
      .required("address", Scalars.STRING, NoticeSupplier::address)
      .required("email", Scalars.STRING, NoticeSupplier::email)
      .required("identifier", Scalars.STRING, NoticeSupplier::identifier);

  /** One KPI on a notice. */
  public static final Shape<ContractPerformanceNotice.Line, Shape.Args> LINE = Shape.<ContractPerformanceNotice.Line>args(
      a -> new ContractPerformanceNotice.Line(a.get("id"), a.get("title"), a.get("unit"), a.get("target"),
          a.opt("achieved"), a.get("rating"), a.opt("overrideReason")))
      .required("id", Scalars.STRING, ContractPerformanceNotice.Line::id)
      .required("title", Scalars.STRING, ContractPerformanceNotice.Line::title)
      .required("unit", Scalars.STRING, ContractPerformanceNotice.Line::unit)
      .required("target", Scalars.DECIMAL, ContractPerformanceNotice.Line::target)
      .optional("achieved", Scalars.DECIMAL, ContractPerformanceNotice.Line::achieved)
      .required("rating", RATING, ContractPerformanceNotice.Line::rating)
      .optional("overrideReason", Scalars.STRING, ContractPerformanceNotice.Line::overrideReason);

  /** A contract performance notice recording a KPI assessment; its statement is written, never read. */
  public static final Shape<ContractPerformanceNotice, Shape.Args> NOTICE = Shape.<ContractPerformanceNotice>args(
      a -> new ContractPerformanceNotice(a.get("authority"), a.get("procurementTitle"), a.get("procurementId"),
          a.get("contractId"), a.get("supplier"), a.get("from"), a.get("to"), a.get("kind"), a.get("kpis"), a.get("rating")))
      .document("socialvalue/contract-performance-notice", 1, Set.of(1))
      .required("authority", Scalars.STRING, ContractPerformanceNotice::authority)
      .required("procurementTitle", Scalars.STRING, ContractPerformanceNotice::procurementTitle)
      .required("procurementId", Scalars.STRING, ContractPerformanceNotice::procurementId)
      .required("contractId", Scalars.STRING, ContractPerformanceNotice::contractId)
      .required("statement", Scalars.STRING, ContractPerformanceNotice::statement)
      .required("supplier", SUPPLIER, ContractPerformanceNotice::supplier)
      .required("from", Scalars.DATE, ContractPerformanceNotice::from)
      .required("to", Scalars.DATE, ContractPerformanceNotice::to)
      .required("kind", KIND, ContractPerformanceNotice::kind)
      .list("kpis", LINE, ContractPerformanceNotice::kpis)
      .required("rating", RATING, ContractPerformanceNotice::rating);

  private PerformanceJson() {}
}
