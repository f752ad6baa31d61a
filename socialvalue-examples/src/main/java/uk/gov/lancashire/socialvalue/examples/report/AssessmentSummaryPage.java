package uk.gov.lancashire.socialvalue.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.tender.AssessmentSummary;
import uk.gov.lancashire.socialvalue.tender.BidScore;
import uk.gov.lancashire.socialvalue.tender.CriterionComparison;
import uk.gov.lancashire.socialvalue.tender.ModerationDecision;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;

/**
 * The report page that shows moderation at work and the assessment summaries: the evaluation before
 * moderation (provisional, with the flags still open), the panel's decisions, and after them each
 * bidder's assessment summary, its score on every criterion beside the winner's with the reasons
 * (Procurement Act 2023 s.50; Procurement Regulations 2024 reg. 31).
 *
 * <p>Scores are shown rounded half up to two places; the ranking used the exact figures.
 */
public final class AssessmentSummaryPage {

  /** The id of the page's section. */
  public static final String SECTION = "assessment";

  private final TenderEvaluation before;
  private final TenderEvaluation after;
  private final List<ReportTable> tables = new ArrayList<>();

  private AssessmentSummaryPage(TenderEvaluation before, TenderEvaluation after) {
    this.before = Objects.requireNonNull(before, "before");
    this.after = Objects.requireNonNull(after, "after");
    ReportTable provisional = ReportTable.of("tender-before-moderation",
        "Before moderation: " + status(before), "bidder", "open flags", "SV offer as offered", "SV offer score",
        "total").right(1, 2, 3, 4);
    for (BidScore b : before.ranking()) {
      provisional.row(b.bidder(), String.valueOf(b.openFlags().size()), Pounds.format(b.offeredValue()),
          b.score("sv-offer").map(s -> Pounds.number(s.score(), 2)).orElse("—"), Pounds.number(b.total(), 2));
    }
    tables.add(provisional);
    ReportTable decisions = ReportTable.of("tender-moderation", "Moderation decisions (after clarification)",
        "bidder", "measure", "year", "decision", "accepted", "by", "on", "reason").right(2, 4);
    for (ModerationDecision d : after.decisions()) {
      decisions.row(d.bidder(), d.measure().toString(), String.valueOf(d.year()),
          d.outcome().name().toLowerCase().replace('_', ' '),
          d.moderatedQuantity().map(q -> q.stripTrailingZeros().toPlainString()).orElse("—"), d.decidedBy(),
          d.decidedOn().toString(), d.reason());
    }
    tables.add(decisions);
    for (AssessmentSummary s : after.assessmentSummaries()) {
      ReportTable t = ReportTable.of("assessment-" + s.bidder(), "Assessment summary: " + s.bidder() + " ("
          + (s.successful() ? "most advantageous tender" : "unsuccessful") + ", ranked " + s.rank() + " of "
          + s.bidsEvaluated() + ", price " + Pounds.format(Amounts.decimal(s.price())) + ")",
          "criterion", "weight", "score", "winning score", "how the score was reached").right(1, 2, 3);
      for (CriterionComparison c : s.criteria()) {
        t.row(c.criterion().title(), c.criterion().weight().stripTrailingZeros().toPlainString(),
            Pounds.number(c.score(), 2), Pounds.number(c.winnerScore(), 2), c.reason().title());
      }
      t.row("Total", "100", Pounds.number(s.total(), 2), Pounds.number(s.winnerTotal(), 2), "");
      tables.add(t);
    }
  }

  /**
   * @param before the evaluation with no moderation decision (provisional while flags are open)
   * @param after the evaluation with the panel's decisions
   * @return the page
   */
  public static AssessmentSummaryPage of(TenderEvaluation before, TenderEvaluation after) {
    return new AssessmentSummaryPage(before, after);
  }

  /** @return the page's tables: before moderation, the decisions, one assessment summary per bidder */
  public List<ReportTable> tables() {
    return tables;
  }

  /** @return the page as console text: the tables, then each bidder's summary as the bidder reads it */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(tables.get(0).toText()).append('\n').append(tables.get(1).toText()).append('\n');
    out.append("After moderation: ").append(status(after)).append('\n');
    for (AssessmentSummary s : after.assessmentSummaries()) {
      out.append('\n').append(s.text());
    }
    return out.toString();
  }

  /**
   * Adds the page to an HTML report as its own section.
   *
   * @param html the report
   */
  public void writeTo(HtmlReport html) {
    html.section(SECTION, "Moderation and assessment summaries")
        .paragraph("Flags are questions to the bidder, not verdicts. While one is open the evaluation is"
            + " provisional and the flagged offer does not set the benchmark the other offers are scored"
            + " against; the panel's recorded decisions make it final. " + status(after) + ".")
        .table(tables.get(0)).table(tables.get(1));
    tables.subList(2, tables.size()).forEach(html::table);
    html.note("Each bidder receives its summary at the same time, before the contract award notice"
        + " (Procurement Act 2023 s.50). Scores are shown to two places, half up; the ranking used exact figures.");
  }

  private static String status(TenderEvaluation evaluation) {
    if (evaluation.isFinal()) {
      return "final; most advantageous tender " + evaluation.winner().map(BidScore::bidder).orElse("none");
    }
    return "provisional, " + evaluation.awaitingModeration().size() + " bid(s) awaiting moderation"
        + (evaluation.isRankingPublished() ? "" : ", no ranking published");
  }
}
