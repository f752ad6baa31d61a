package uk.gov.lancashire.socialvalue.examples.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.examples.LancashireFramework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.needs.MeasureShortlist;
import uk.gov.lancashire.socialvalue.needs.ShortlistEntry;
import uk.gov.lancashire.socialvalue.tender.AbnormallyLowPriceRule;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.tender.Commitment;
import uk.gov.lancashire.socialvalue.tender.CredibilityRules;
import uk.gov.lancashire.socialvalue.tender.Criterion;
import uk.gov.lancashire.socialvalue.tender.EvaluationScheme;
import uk.gov.lancashire.socialvalue.tender.ModerationDecision;
import uk.gov.lancashire.socialvalue.tender.ModerationOutcome;
import uk.gov.lancashire.socialvalue.tender.ScoringMethod;
import uk.gov.lancashire.socialvalue.tender.Tender;

/**
 * An <strong>illustrative</strong> highways tender of about £5m over three years with three bids,
 * evaluated at quality 30 / social value 10 / price 60, the social value split 50/50 between the
 * quantitative offer and the delivery plan. Bidders and figures are invented. The scheme holds the
 * evaluation while a flag is open ({@link uk.gov.lancashire.socialvalue.tender.UnresolvedFlagPolicy#HOLD}),
 * reports prices more than 15% below the median, and {@link #moderation()} holds the panel's decisions on
 * the implausible bid.
 */
public final class HighwaysTender {

  /** The tender id. */
  public static final String ID = "LCC-HW-2024-017";

  static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

  /** The day the illustrative panel recorded its moderation decisions. */
  static final LocalDate PANEL_DAY = LocalDate.of(2024, 6, 12);

  private HighwaysTender() {}

  /**
   * @param shortlist the measures the needs analysis recommends for the contract's area
   * @return the tender, whose measure shortlist is the recommended one
   */
  public static Tender tender(MeasureShortlist shortlist) {
    EvaluationScheme.Builder scheme = EvaluationScheme.builder()
        .addCriteria(
            Criterion.quality("quality", "Technical quality", dec("30")),
            Criterion.price(dec("60")),
            Criterion.socialValueOffer(dec("5"), ScoringMethod.RELATIVE_TO_BEST_VALUE),
            Criterion.socialValuePlan("sv-plan", "Social value delivery plan", dec("5")))
        .credibility(CredibilityRules.builder().svPercentCeiling(dec("25"))
            .minimumAnnualCostPerFte(dec("35000")).build())
        .abnormallyLowPrice(AbnormallyLowPriceRule.percentBelowMedian(dec("15")));
    shortlist.entries().stream().map(ShortlistEntry::measure).forEach(scheme::addShortlist);
    return Tender.builder().id(ID).title("Highways maintenance, central Lancashire (illustrative)")
        .termYears(3).currency(GBP).scheme(scheme.build())
        .editionReference(LancashireFramework.EDITION).build();
  }

  /**
   * The three bids. Commitments are on the measures the needs analysis recommends for Preston (LT2,
   * LT3, LT6, LT7, LT13, LT14); the third bid is implausible in several ways, to show the flags.
   *
   * @return the three bids
   */
  public static List<Bid> bids() {
    return List.of(
        Bid.builder().bidder("ribble-roads").price(gbp("4850000"))
            .addCommitments(Commitment.of("LT2", 1, "2"))
            .addCommitments(every3("LT6", "150"))
            .addCommitments(every3("LT7", "400"))
            .addCommitments(every3("LT13", "40"))
            .addCommitments(every3("LT14", "200"))
            .putAnswers("quality", dec("4")).putAnswers("sv-plan", dec("4"))
            .deliveryPlan("ribble-roads/social-value-plan-v2.pdf").build(),
        Bid.builder().bidder("pennine-highways").price(gbp("5200000"))
            .addCommitments(Commitment.of("LT2", 1, "1"))
            .addCommitments(Commitment.of("LT3", 1, "3"))
            .addCommitments(every3("LT6", "200"))
            .addCommitments(every3("LT7", "300"))
            .addCommitments(every3("LT14", "300"))
            .putAnswers("quality", dec("5")).putAnswers("sv-plan", dec("3"))
            .deliveryPlan("pennine-highways/sv-plan.pdf").build(),
        Bid.builder().bidder("bowland-civils").price(gbp("4600000"))
            .addCommitments(every3("LT2", "60"))
            .addCommitments(every3("LT14", "20000"))
            .addCommitments(Commitment.of("LT13", 4, "100"))
            .addCommitments(Commitment.of("LT16", 1, "500"))
            .putAnswers("quality", dec("3")).putAnswers("sv-plan", dec("2")).build());
  }

  /**
   * The panel's decisions on the third bid after clarification (illustrative): its method statement
   * evidences a recruitment programme for 8 long-term unemployed hires a year with a VCSE partner (the
   * other 52 FTE a year are existing staff, who do not count), and about 2,000 tonnes a year of waste the
   * contract itself will produce. With these decisions no flag is open and the ranking is final.
   *
   * @return the decisions, one per flagged commitment
   */
  public static List<ModerationDecision> moderation() {
    List<ModerationDecision> decisions = new ArrayList<>();
    for (int year = 1; year <= 3; year++) {
      decisions.add(decision("LT2", year, "8", "recruitment programme with a VCSE partner evidences 8 long-term"
          + " unemployed hires a year; the other 52 FTE are existing staff"));
      decisions.add(decision("LT14", year, "2000", "the method statement's own waste arisings for this contract"
          + " are about 2,000 tonnes a year; 20,000 would be the whole depot's"));
    }
    return decisions;
  }

  private static ModerationDecision decision(String measure, int year, String quantity, String reason) {
    return ModerationDecision.builder().bidder("bowland-civils").measure(MeasureCode.parse(measure)).year(year)
        .outcome(ModerationOutcome.ACCEPTED_AT_QUANTITY).moderatedQuantity(dec(quantity))
        .decidedBy("LCC evaluation panel (illustrative)").decidedOn(PANEL_DAY).reason(reason).build();
  }

  private static Commitment[] every3(String measure, String quantity) {
    MeasureCode code = MeasureCode.parse(measure);
    return new Commitment[] {
        Commitment.of(code, 1, dec(quantity)), Commitment.of(code, 2, dec(quantity)), Commitment.of(code, 3, dec(quantity))};
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  static javax.money.MonetaryAmount gbp(String value) {
    return Amounts.of(dec(value), GBP);
  }
}
