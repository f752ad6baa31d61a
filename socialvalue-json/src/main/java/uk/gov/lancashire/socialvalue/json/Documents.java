package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import java.util.Optional;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.json.delivery.DeliveryJson;
import uk.gov.lancashire.socialvalue.json.delivery.DeliveryReports;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkJson;
import uk.gov.lancashire.socialvalue.json.needs.NeedsJson;
import uk.gov.lancashire.socialvalue.json.performance.PerformanceJson;
import uk.gov.lancashire.socialvalue.json.portfolio.PortfolioJson;
import uk.gov.lancashire.socialvalue.json.targets.TargetsJson;
import uk.gov.lancashire.socialvalue.json.tender.TenderJson;
import uk.gov.lancashire.socialvalue.json.valuation.ValuationJson;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;
import uk.gov.lancashire.socialvalue.performance.ContractPerformanceNotice;
import uk.gov.lancashire.socialvalue.performance.PerformanceAssessment;
import uk.gov.lancashire.socialvalue.portfolio.AnnualStatement;
import uk.gov.lancashire.socialvalue.targets.StrategyPlan;
import uk.gov.lancashire.socialvalue.tender.MinimumSocialValueWeighting;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/**
 * Every kind of top-level document, one descriptor each. A new document type is one line here plus its
 * shape declaration in the package that mirrors its core package (see {@code docs/json2-guide.md}).
 */
public final class Documents {

  /** A framework and its proxy editions. */
  public static final Document<Framework> FRAMEWORK = new Document<>(Framework.class, FrameworkJson.FRAMEWORK);
  /** A proxy edition. */
  public static final Document<ProxyEdition> PROXY_EDITION = new Document<>(ProxyEdition.class, FrameworkJson.EDITION);
  /** A needs analysis. */
  public static final Document<NeedsAnalysis> NEEDS_ANALYSIS = new Document<>(NeedsAnalysis.class, NeedsJson.ANALYSIS);
  /** A strategy plan. */
  public static final Document<StrategyPlan> STRATEGY_PLAN = new Document<>(StrategyPlan.class, TargetsJson.PLAN);
  /** A tender with its evaluation scheme, and the bids. */
  public static final Document<TenderDocument> TENDER = new Document<>(TenderDocument.class, TenderJson.DOCUMENT);
  /** A contract and its supply chain. */
  public static final Document<ContractDocument> CONTRACT =
      new Document<>(ContractDocument.class, DeliveryJson.CONTRACT_DOCUMENT);
  /** A delivery report: delivery records (stream a long one with {@link SocialValueJson#readDeliveryRecords}). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final Document<List<DeliveryRecord>> DELIVERY_REPORT =
      new Document<>((Class) List.class, DeliveryReports.REPORT);
  /** The inputs of a valuation. */
  public static final Document<Valuation> VALUATION = new Document<>(Valuation.class, ValuationJson.VALUATION);
  /** The panel's moderation decisions on one tender's bids. */
  public static final Document<ModerationDocument> MODERATION =
      new Document<>(ModerationDocument.class, TenderJson.MODERATION);
  /** One assessment summary per bidder of a tender evaluation (written only). */
  public static final Document<TenderEvaluation> ASSESSMENT_SUMMARIES =
      new Document<>(TenderEvaluation.class, TenderJson.SUMMARIES);
  /** Minimum social value weighting policies, each with its validity period. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final Document<List<MinimumSocialValueWeighting>> SV_WEIGHTING_POLICIES =
      new Document<>((Class) List.class, TenderJson.WEIGHTING_POLICIES);
  /** A tender evaluation (written only). */
  public static final Document<TenderEvaluation> TENDER_EVALUATION =
      new Document<>(TenderEvaluation.class, TenderJson.EVALUATION);
  /** A valuation result with its explanation, rounded to the currency's minor unit, half up (written only). */
  public static final Document<ValuationResult> VALUATION_RESULT =
      new Document<>(ValuationResult.class, ValuationJson.RESULT);
  /** An annual statement (written only). */
  public static final Document<AnnualStatement> ANNUAL_STATEMENT =
      new Document<>(AnnualStatement.class, PortfolioJson.STATEMENT);

  /** A contract performance notice (Procurement Regulations 2024, reg 39). */
  public static final Document<ContractPerformanceNotice> PERFORMANCE_NOTICE =
      new Document<>(ContractPerformanceNotice.class, PerformanceJson.NOTICE);

  /** A performance assessment with its KPIs, achievements, overrides and action plans (the inputs the core rates). */
  public static final Document<PerformanceAssessment> PERFORMANCE_ASSESSMENT =
      new Document<>(PerformanceAssessment.class, PerformanceJson.ASSESSMENT);

  private static final List<Document<?>> ALL = List.of(FRAMEWORK, PROXY_EDITION, NEEDS_ANALYSIS, STRATEGY_PLAN,
      TENDER, CONTRACT, DELIVERY_REPORT, VALUATION, TENDER_EVALUATION, VALUATION_RESULT, ANNUAL_STATEMENT, MODERATION,
      ASSESSMENT_SUMMARIES, SV_WEIGHTING_POLICIES, PERFORMANCE_NOTICE, PERFORMANCE_ASSESSMENT);

  private Documents() {}

  /** @return every document kind */
  public static List<Document<?>> all() {
    return ALL;
  }

  /**
   * @param format a format marker, e.g. {@code socialvalue/framework}
   * @return its document kind, if this library knows it
   */
  public static Optional<Document<?>> byFormat(String format) {
    return ALL.stream().filter(d -> d.format().equals(format)).findFirst();
  }

  /**
   * @param rounding the presentation rounding of the breakdown and the explanation
   * @return a valuation result document written with that rounding
   */
  public static Document<ValuationResult> valuationResult(MoneyRounding rounding) {
    return new Document<>(ValuationResult.class, ValuationJson.result(rounding));
  }
}
