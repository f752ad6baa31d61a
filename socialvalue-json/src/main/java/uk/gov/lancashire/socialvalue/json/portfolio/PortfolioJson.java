package uk.gov.lancashire.socialvalue.json.portfolio;

import java.util.Map;
import java.util.Set;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;
import uk.gov.lancashire.socialvalue.json.delivery.DeliveryJson;
import uk.gov.lancashire.socialvalue.json.engine.EnumNames;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;
import uk.gov.lancashire.socialvalue.json.engine.Shape;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkScalars;
import uk.gov.lancashire.socialvalue.portfolio.AlignmentSplit;
import uk.gov.lancashire.socialvalue.portfolio.AnnualStatement;
import uk.gov.lancashire.socialvalue.portfolio.ContractShortfall;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioFact;
import uk.gov.lancashire.socialvalue.portfolio.PriorityBreakdown;
import uk.gov.lancashire.socialvalue.portfolio.Totals;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;

/**
 * The JSON forms of the core's {@code portfolio} package: portfolio facts, read and written; aggregates,
 * breakdowns and the annual statement ({@code "format": "socialvalue/annual-statement"}), written only.
 */
public final class PortfolioJson {

  /** The stage a value has reached. */
  public static final EnumNames<ValueStage> STAGE = EnumNames.of(ValueStage.class, "value stage", Map.of(
      ValueStage.COMMITTED, "committed",
      ValueStage.CLAIMED, "claimed",
      ValueStage.EVIDENCED, "evidenced",
      ValueStage.VERIFIED, "verified",
      ValueStage.REJECTED, "rejected"));

  /** How a measure's value was split across priorities. */
  public static final EnumNames<AlignmentSplit> SPLIT = EnumNames.of(AlignmentSplit.class, "alignment split", Map.of(
      AlignmentSplit.WEIGHTED, "weighted",
      AlignmentSplit.EQUAL, "equal",
      AlignmentSplit.UNALIGNED, "unaligned"));

  /** A portfolio fact. */
  public static final Shape<PortfolioFact, Shape.Args> FACT = Shape.<PortfolioFact>args(a -> PortfolioFact.of(
      a.get("contract"), a.get("supplier"), a.get("measure"), a.get("local"), a.get("year"), a.get("stage"),
      a.get("quantity"), a.get("value"), a.get("currency")))
      .required("contract", Scalars.STRING, PortfolioFact::contract)
      .required("supplier", Scalars.STRING, PortfolioFact::supplier)
      .required("measure", FrameworkScalars.CODE, PortfolioFact::measure)
      .required("local", DeliveryJson.LOCAL, PortfolioFact::local)
      .required("year", BasicsJson.YEAR, PortfolioFact::year)
      .required("stage", STAGE, PortfolioFact::stage)
      .required("quantity", Scalars.DECIMAL, PortfolioFact::quantity)
      .required("value", Scalars.DECIMAL, PortfolioFact::value)
      .required("currency", Scalars.CURRENCY, PortfolioFact::currency);

  /** Totals (written only). */
  public static final Shape<Totals, Void> TOTALS = Shape.<Totals>written("a portfolio total", "its inputs")
      .required("value", Scalars.DECIMAL, t -> Amounts.decimal(t.value()))
      .optional("quantity", Scalars.DECIMAL, Totals::quantity)
      .required("facts", Scalars.LONG, Totals::facts);

  /** A portfolio aggregate (written only). */
  public static final Shape<PortfolioAggregate, Void> AGGREGATE = Shape.<PortfolioAggregate>written(
      "a portfolio aggregate", "its inputs")
      .optional("currency", Scalars.CURRENCY, PortfolioAggregate::currency)
      .required("total", TOTALS, PortfolioAggregate::total)
      .map("byStage", STAGE, TOTALS, PortfolioAggregate::byStage)
      .map("byMeasure", FrameworkScalars.CODE, TOTALS, PortfolioAggregate::byMeasure)
      .map("bySupplier", Scalars.KEY_TEXT, TOTALS, PortfolioAggregate::bySupplier)
      .map("byContract", Scalars.KEY_TEXT, TOTALS, PortfolioAggregate::byContract)
      .map("byLocality", DeliveryJson.LOCAL, TOTALS, PortfolioAggregate::byLocality)
      .map("byFinancialYear", BasicsJson.YEAR, TOTALS, PortfolioAggregate::byFinancialYear);

  /** A breakdown by the priorities of one scheme (written only). */
  public static final Shape<PriorityBreakdown, Void> PRIORITIES = Shape.<PriorityBreakdown>written(
      "a priority breakdown", "its inputs")
      .required("schemeId", Scalars.STRING, PriorityBreakdown::schemeId)
      .map("parts", Scalars.KEY_TEXT, TOTALS, b -> b.breakdown().parts())
      .required("unclassified", TOTALS, b -> b.breakdown().unclassified())
      .required("total", TOTALS, b -> b.breakdown().total())
      .map("splits", FrameworkScalars.CODE, SPLIT, PriorityBreakdown::splits);

  /** A contract's shortfall (written only). */
  public static final Shape<ContractShortfall, Void> SHORTFALL = Shape.<ContractShortfall>written(
      "a contract shortfall", "its inputs")
      .required("contract", Scalars.STRING, ContractShortfall::contract)
      .required("committed", Scalars.DECIMAL, s -> Amounts.decimal(s.committed()))
      .required("delivered", Scalars.DECIMAL, s -> Amounts.decimal(s.delivered()))
      .required("shortfall", Scalars.DECIMAL, s -> Amounts.decimal(s.shortfall()));

  /** One of the top measures of a statement (written only). */
  public static final Shape<Map.Entry<MeasureCode, Totals>, Void> TOP_MEASURE =
      Shape.<Map.Entry<MeasureCode, Totals>>written("a top measure", "its inputs")
          .required("measure", FrameworkScalars.CODE, Map.Entry::getKey)
          .required("totals", TOTALS, Map.Entry::getValue);

  /** An annual statement document (written only). */
  public static final Shape<AnnualStatement, Void> STATEMENT = Shape.<AnnualStatement>written("an annual statement",
      "its inputs")
      .document("socialvalue/annual-statement", 1, Set.of(1))
      .required("year", BasicsJson.YEAR, AnnualStatement::year)
      .optional("currency", Scalars.CURRENCY, AnnualStatement::currency)
      .map("byStage", STAGE, TOTALS, AnnualStatement::byStage)
      .required("committed", Scalars.DECIMAL, s -> Amounts.decimal(s.committed()))
      .required("delivered", Scalars.DECIMAL, s -> Amounts.decimal(s.delivered()))
      .optional("percentDelivered", Scalars.DECIMAL, AnnualStatement::percentDelivered)
      .map("byPriority", Scalars.KEY_TEXT, PRIORITIES, AnnualStatement::byPriority)
      .list("topMeasures", TOP_MEASURE, AnnualStatement::topMeasures)
      .list("shortfalls", SHORTFALL, AnnualStatement::shortfalls);

  private PortfolioJson() {}
}
