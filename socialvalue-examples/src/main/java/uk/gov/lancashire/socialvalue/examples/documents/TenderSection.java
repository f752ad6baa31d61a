package uk.gov.lancashire.socialvalue.examples.documents;

import java.util.Optional;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.examples.report.ReportPage;
import uk.gov.lancashire.socialvalue.examples.report.ReportTable;
import uk.gov.lancashire.socialvalue.examples.report.Words;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.json.TenderDocument;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.tender.BidScore;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.tender.CredibilityFlag;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluator;

/**
 * The tender: with the framework, the bids scored and ranked with their credibility flags in plain English;
 * without it, the bids as offered.
 */
final class TenderSection implements ReportSection {

  @Override
  public String id() {
    return "tender";
  }

  @Override
  public String heading(ReportInputs inputs) {
    return "Tender evaluation";
  }

  @Override
  public boolean appliesTo(ReportInputs inputs) {
    return inputs.tender().isPresent();
  }

  @Override
  public void write(ReportInputs in, ReportPage page) {
    TenderDocument t = in.tender().orElseThrow();
    Optional<Framework> framework = in.framework();
    Optional<ProxyEdition> edition = framework.flatMap(f -> f.edition(t.tender().editionReference()));
    if (edition.isEmpty()) {
      page.paragraph(t.tender().title() + " (" + t.tender().id() + "): " + t.bids().size() + " bids.");
      page.note("The bids are not scored: that needs the framework with proxy edition "
          + t.tender().editionReference() + ".");
      ReportTable bids = ReportTable.of("tender-bids", "Bids as offered", "bidder", "price", "commitments")
          .right(1, 2);
      for (Bid b : t.bids()) {
        bids.row(Words.name(b.bidder()), Pounds.format(Amounts.decimal(b.price())),
            String.valueOf(b.commitments().size()));
      }
      page.table(bids);
      return;
    }
    TenderEvaluation evaluation = TenderEvaluator.of(framework.get(), CommitmentValuer.pinned(edition.get()))
        .evaluate(t.tender(), t.bids());
    page.paragraph(t.tender().title() + " (" + t.tender().id() + "): " + t.bids().size() + " bids"
        + evaluation.winner().map(w -> "; the highest score is " + Words.name(w.bidder()) + "'s").orElse("") + ".");
    ReportTable scores = ReportTable.of("tender-scores", "Bids ranked by total score out of 100", "rank", "bidder",
        "price", "social value offered", "as % of price", "total score", "flags").right(0, 2, 3, 4, 5, 6);
    for (BidScore b : evaluation.ranking()) {
      scores.row(String.valueOf(b.rank()), Words.name(b.bidder()), Pounds.format(Amounts.decimal(b.bid().price())),
          Pounds.format(b.offer()), b.svPercent().map(p -> Pounds.number(p, 2) + "%").orElse("—"),
          Pounds.number(b.total(), 2), String.valueOf(b.flags().size()));
    }
    page.table(scores);
    ReportTable flags = ReportTable.of("tender-flags", "Credibility flags, for clarification with the bidder (a"
        + " flagged bid is still scored)", "bidder", "flag", "what it means");
    for (BidScore b : evaluation.ranking()) {
      for (CredibilityFlag f : b.flags()) {
        flags.row(Words.name(b.bidder()), Words.words(f.kind()), Words.flag(f, b.bid(), framework));
      }
    }
    if (flags.rows().isEmpty()) {
      page.note("No bid raised a credibility flag.");
    } else {
      page.table(flags);
    }
    page.note("Social value is valued with proxy edition " + edition.get().reference() + "; money is rounded to"
        + " the penny for display only, the ranking uses exact figures.");
  }
}
