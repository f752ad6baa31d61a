package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.examples.report.TextTable;
import uk.gov.lancashire.socialvalue.examples.scenario.Scenario;
import uk.gov.lancashire.socialvalue.examples.scenario.ScenarioReport;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.json.TenderDocument;
import uk.gov.lancashire.socialvalue.needs.AreaNeeds;
import uk.gov.lancashire.socialvalue.needs.CountyNeeds;
import uk.gov.lancashire.socialvalue.needs.Gap;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.tender.BidScore;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.tender.CriterionScore;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluator;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/** The commands other than {@code validate}; each returns an exit code or throws a CLI exception. */
final class Commands {

  private Commands() {}

  static int value(SocialValueCli cli, Arguments a) {
    String file = single(a, "value", "VALUATION.json");
    Valuation valuation = Documents.read(cli.json(), file, cli.read(file), "socialvalue/valuation", Valuation.class);
    ValuationResult result;
    try {
      result = valuation.result();
    } catch (RuntimeException e) {
      throw SocialValueCli.problems(file, e);
    }
    if (a.flag("--json")) {
      cli.out().println(cli.json().write(uk.gov.lancashire.socialvalue.json.Documents.VALUATION_RESULT, result));
      return SocialValueCli.OK;
    }
    TextTable t = TextTable.of("figure", "value").right(1);
    t.row("total value (undiscounted)", Pounds.format(result.totalValueDecimal()));
    t.row("present value", Pounds.format(result.presentValueDecimal()));
    t.row("investment (present value)", Pounds.format(result.investmentDecimal()));
    t.row("net present value", Pounds.format(result.presentValueDecimal().subtract(result.investmentDecimal())));
    t.row(result.sroiRatio().label(), result.sroiRatio().toText(2, RoundingMode.HALF_UP));
    t.row(result.netSroiRatio().label(), result.netSroiRatio().toText(2, RoundingMode.HALF_UP));
    if (valuation.contractValue().isPresent()) {
      t.row("SV% of contract value", Pounds.number(result.socialValuePercent(), 2) + "%");
    }
    t.row("payback (Guide)", result.paybackGuide().months().map(m -> Pounds.number(m, 1) + " months").orElse("never"));
    t.row("payback (cumulative)", result.paybackCumulative().period().isPresent()
        ? "period " + result.paybackCumulative().period().getAsInt() : "never");
    cli.out().print("Returns\n" + t.render() + "\n" + result.explain().toText());
    return SocialValueCli.OK;
  }

  static int evaluate(SocialValueCli cli, Arguments a) {
    if (a.files().size() != 2) {
      throw new SocialValueCli.UsageException("evaluate needs two files, FRAMEWORK.json TENDER.json");
    }
    String frameworkFile = a.files().get(0);
    String tenderFile = a.files().get(1);
    Framework framework = Documents.read(cli.json(), frameworkFile, cli.read(frameworkFile),
        "socialvalue/framework", Framework.class);
    TenderDocument tender = Documents.read(cli.json(), tenderFile, cli.read(tenderFile), "socialvalue/tender",
        TenderDocument.class);
    String reference = tender.tender().editionReference();
    ProxyEdition edition = framework.edition(reference).orElseThrow(() -> new SocialValueCli.BadInputException(
        List.of(tenderFile + ": $.tender.editionReference: the framework has no proxy edition '" + reference + "'")));
    TenderEvaluation evaluation;
    try {
      evaluation = TenderEvaluator.of(framework, CommitmentValuer.pinned(edition))
          .evaluate(tender.tender(), tender.bids());
    } catch (RuntimeException e) {
      throw SocialValueCli.problems(tenderFile, e);
    }
    if (a.flag("--json")) {
      cli.out().println(cli.json().write(uk.gov.lancashire.socialvalue.json.Documents.TENDER_EVALUATION, evaluation));
      return SocialValueCli.OK;
    }
    TextTable t = TextTable.of("rank", "bidder", "price", "SV offer", "total", "flags").right(0, 2, 3, 4, 5);
    for (BidScore b : evaluation.ranking()) {
      t.row(b.rank(), b.bidder(), Pounds.format(b.bid().price().getNumber().numberValueExact(BigDecimal.class)),
          Pounds.format(b.decimalOffer()), b.displayedTotal().toPlainString(), b.flags().size());
    }
    cli.out().print("Tender " + tender.tender().id() + ": " + tender.tender().title() + "\n" + t.render());
    for (BidScore b : evaluation.ranking()) {
      for (CriterionScore c : b.scores()) {
        cli.out().println("  " + b.bidder() + " / " + c.criterion().id() + ": " + c.explanation());
      }
      b.flags().forEach(f -> cli.out().println("  " + b.bidder() + " FLAG " + f));
    }
    return SocialValueCli.OK;
  }

  static int needs(SocialValueCli cli, Arguments a) {
    String file = single(a, "needs", "NEEDS.json");
    NeedsAnalysis analysis = Documents.read(cli.json(), file, cli.read(file), "socialvalue/needs-analysis",
        NeedsAnalysis.class);
    if (a.option("--area").isPresent()) {
      String area = a.option("--area").get();
      if (analysis.areas().stream().noneMatch(x -> x.id().equals(area))) {
        throw new SocialValueCli.BadInputException(List.of(file + ": no area '" + area + "'"));
      }
      AreaNeeds needs = analysis.needsOf(area);
      if (a.flag("--json")) {
        cli.out().println(cli.json().write(needs, AreaNeeds.class));
        return SocialValueCli.OK;
      }
      TextTable t = TextTable.of("rank", "indicator", "current", "desired", "gap", "relative gap").right(0, 2, 3, 4, 5);
      int rank = 1;
      for (Gap g : needs.rankedGaps()) {
        t.row(rank++, g.indicator().title(), g.current().toPlainString(), g.desired().toPlainString(),
            g.absoluteGap().toPlainString(), Pounds.number(g.relativeGap(), 4));
      }
      cli.out().print("Needs of " + needs.area().name() + ", largest first\n" + t.render());
      needs.problems().forEach(p -> cli.out().println("  missing: " + p));
      return SocialValueCli.OK;
    }
    CountyNeeds county = analysis.county();
    if (a.flag("--json")) {
      cli.out().println(cli.json().write(county, CountyNeeds.class));
      return SocialValueCli.OK;
    }
    TextTable t = TextTable.of("rank", "area", "need score").right(0, 2);
    int rank = 1;
    for (AreaNeeds n : county.rankedAreas()) {
      t.row(rank++, n.area().name(), n.needScore().map(s -> Pounds.number(s, 4)).orElse("—"));
    }
    cli.out().print("Areas by need, largest first\n" + t.render());
    county.problems().forEach(p -> cli.out().println("  missing: " + p));
    return SocialValueCli.OK;
  }

  static int report(SocialValueCli cli, Arguments a) {
    if (!a.files().isEmpty()) {
      throw new SocialValueCli.UsageException("report takes no files, only --out FILE");
    }
    Path out = Path.of(a.option("--out").orElse("lancashire-report.html"));
    try {
      cli.out().println("HTML report written to " + ScenarioReport.of(Scenario.run()).writeHtml(out));
    } catch (IOException e) {
      throw new SocialValueCli.BadInputException(List.of(out + ": cannot write: " + e.getMessage()));
    }
    return SocialValueCli.OK;
  }

  static String single(Arguments a, String command, String what) {
    if (a.files().size() != 1) {
      throw new SocialValueCli.UsageException(command + " needs exactly one file, " + what);
    }
    return a.files().get(0);
  }
}
