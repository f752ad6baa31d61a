package uk.gov.lancashire.socialvalue.examples.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.examples.report.TextTable;
import uk.gov.lancashire.socialvalue.examples.report.Words;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.json.Documents;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.json.TenderDocument;
import uk.gov.lancashire.socialvalue.tender.BidScore;
import uk.gov.lancashire.socialvalue.tender.CriterionScore;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluator;

/** {@code evaluate FRAMEWORK TENDER}: scores and ranks the bids of a tender, with credibility flags. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = "Score and rank the bids of a tender, with credibility flags in plain English.")
final class EvaluateCommand implements Callable<Integer> {

  private final Session session;

  @Parameters(index = "0", paramLabel = "FRAMEWORK.json", description = "The framework with its proxy editions.")
  String frameworkFile;

  @Parameters(index = "1", paramLabel = "TENDER.json", description = "The tender with its bids.")
  String tenderFile;

  @Mixin
  Options.Json json;

  EvaluateCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Framework framework = DocumentFiles.read(session.json, frameworkFile, Sources.readText(session, frameworkFile,
        SocialValueJson.DEFAULT_MAX_DOCUMENT_LENGTH), Documents.FRAMEWORK);
    TenderDocument tender = DocumentFiles.read(session.json, tenderFile, Sources.readText(session, tenderFile,
        SocialValueJson.DEFAULT_MAX_DOCUMENT_LENGTH), Documents.TENDER);
    String reference = tender.tender().editionReference();
    ProxyEdition edition = framework.edition(reference).orElseThrow(() -> CliException.badInput(List.of(
        new CliProblem(tenderFile, "$.tender.editionReference", "the framework has no proxy edition '"
            + reference + "'"))));
    TenderEvaluation evaluation;
    try {
      evaluation = TenderEvaluator.of(framework, CommitmentValuer.pinned(edition)).evaluate(tender.tender(),
          tender.bids());
    } catch (RuntimeException e) {
      throw Failures.badInput(tenderFile, e);
    }
    if (json.on) {
      session.out.println(session.json.write(Documents.TENDER_EVALUATION, evaluation));
      return SocialValueCli.OK;
    }
    TextTable t = TextTable.of("rank", "bidder", "price", "SV offer", "total", "flags").right(0, 2, 3, 4, 5);
    for (BidScore b : evaluation.ranking()) {
      t.row(b.rank(), Words.name(b.bidder()), Pounds.format(Amounts.decimal(b.bid().price())),
          Pounds.format(b.offer()), b.displayedTotal().toPlainString(), b.flags().size());
    }
    session.out.print("Tender " + tender.tender().id() + ": " + tender.tender().title() + "\n" + t.render());
    for (BidScore b : evaluation.ranking()) {
      for (CriterionScore c : b.scores()) {
        session.out.println("  " + Words.name(b.bidder()) + " / " + c.criterion().id() + ": " + c.explanation().title());
      }
      b.flags().forEach(f -> session.out.println("  " + Words.name(b.bidder()) + " FLAG " + Words.words(f.kind())
          + ": " + Words.flag(f, b.bid(), Optional.of(framework))));
    }
    return SocialValueCli.OK;
  }
}
