package uk.gov.lancashire.socialvalue.examples.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.lancashire.socialvalue.delivery.Contribution;
import uk.gov.lancashire.socialvalue.delivery.Exclusion;
import uk.gov.lancashire.socialvalue.delivery.MeasureProgress;
import uk.gov.lancashire.socialvalue.delivery.ProgressFigures;
import uk.gov.lancashire.socialvalue.examples.LancashireFramework;
import uk.gov.lancashire.socialvalue.examples.report.AssessmentSummaryPage;
import uk.gov.lancashire.socialvalue.examples.report.Charts;
import uk.gov.lancashire.socialvalue.examples.report.HtmlReport;
import uk.gov.lancashire.socialvalue.examples.report.PerformanceNoticePage;
import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.examples.report.ReportTable;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.needs.AreaNeeds;
import uk.gov.lancashire.socialvalue.needs.ShortlistEntry;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate;
import uk.gov.lancashire.socialvalue.portfolio.PriorityBreakdown;
import uk.gov.lancashire.socialvalue.portfolio.Totals;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;
import uk.gov.lancashire.socialvalue.sensitivity.OneWayTable;
import uk.gov.lancashire.socialvalue.sensitivity.SwitchingValue;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.tender.BidScore;
import uk.gov.lancashire.socialvalue.tender.CredibilityFlag;
import uk.gov.lancashire.socialvalue.tender.CriterionScore;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluator;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.basics.RoundedBreakdown;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/**
 * Formats a {@link ScenarioResult} for people: the same {@link ReportTable}s on the console and in a
 * self-contained HTML report with inline SVG charts. Money is rounded once, here, half up to pence; a
 * breakdown is rounded by largest remainder so its parts add up to its displayed total.
 */
public final class ScenarioReport {

  /** The ids of the report's sections, in order. */
  public static final List<String> SECTIONS = List.of(
      "framework", "needs", "tender", AssessmentSummaryPage.SECTION, "delivery", "performance", "portfolio",
      "statement", "sroi");
  /** The ids of the report's charts. */
  public static final List<String> CHARTS = List.of(
      "chart-priority-lcc", "chart-priority-l2050", "chart-quarters", "chart-tornado");

  private static final MoneyRounding PENCE = MoneyRounding.of(HighwaysTender.GBP, RoundingMode.HALF_UP);

  private final ScenarioResult r;
  private final Map<String, ReportTable> tables = new LinkedHashMap<>();

  private ScenarioReport(ScenarioResult result) {
    this.r = result;
    frameworkTables();
    needsTables();
    tenderTables();
    deliveryTables();
    PerformanceNoticePage.tables(r.performance.notice(), r.performance.assessment()).forEach(this::add);
    portfolioTables();
    statementTables();
    sroiTables();
  }

  /**
   * @param result the scenario's figures
   * @return the report
   */
  public static ScenarioReport of(ScenarioResult result) {
    return new ScenarioReport(result);
  }

  /** @return every table, by id */
  public Map<String, ReportTable> tables() {
    return tables;
  }

  // ---------------------------------------------------------------- tables

  private void frameworkTables() {
    ReportTable t = add(ReportTable.of("framework-schemes", "Priority schemes", "scheme", "priority", "measures")
        .right(2));
    for (PriorityScheme s : r.framework.schemes()) {
      for (Priority p : s.priorities()) {
        t.row(s.title(), p.title(), String.valueOf(r.framework.measuresOfPriority(s.id(), p.id()).size()));
      }
    }
  }

  private void needsTables() {
    ReportTable areas = add(ReportTable.of("needs-areas", "Areas by need (sum of relative gaps, largest first)",
        "rank", "area", "need score").right(0, 2));
    int rank = 1;
    for (AreaNeeds a : r.county.rankedAreas()) {
      areas.row(String.valueOf(rank++), a.area().name(), a.needScore().map(s -> Pounds.number(s, 4)).orElse("—"));
    }
    ReportTable shortlist = add(ReportTable.of("needs-shortlist",
        "Recommended measures for a highways contract in " + areaName(), "rank", "measure", "title", "needs weight")
        .right(0, 3));
    for (ShortlistEntry e : r.shortlist.entries()) {
      shortlist.row(String.valueOf(e.rank()), e.measure().toString(),
          r.framework.measure(e.measure()).map(m -> m.title()).orElse("?"), percent(e.weight()));
    }
  }

  private void tenderTables() {
    ReportTable bids = add(ReportTable.of("tender-scores",
        "Bids: scores out of 100 (quality 30, price 60, social value 5 offer + 5 plan)",
        "rank", "bidder", "price", "SV offer", "SV%", "quality", "price score", "SV offer", "SV plan", "total", "flags")
        .right(0, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    for (BidScore b : r.evaluation.ranking()) {
      bids.row(String.valueOf(b.rank()), b.bidder(), Pounds.format(b.bid().price().getNumber().numberValueExact(BigDecimal.class)),
          Pounds.format(b.decimalOffer()), b.svPercent().map(p -> Pounds.number(p, 2) + "%").orElse("—"),
          score(b, "quality"), score(b, "price"), score(b, "sv-offer"), score(b, "sv-plan"),
          Pounds.number(b.total(), 2), String.valueOf(b.flags().size()));
    }
    ReportTable flags = add(ReportTable.of("tender-flags", "Credibility flags (reported, never excluded)",
        "bidder", "flag", "where", "detail"));
    for (BidScore b : r.evaluation.ranking()) {
      for (CredibilityFlag f : b.flags()) {
        flags.row(b.bidder(), f.kind().name().toLowerCase().replace('_', ' '), f.path(), f.message());
      }
    }
  }

  private void deliveryTables() {
    ReportTable tiers = add(ReportTable.of("delivery-suppliers", "Delivery by supplier (each claim counted once)",
        "supplier", "records counted", "records excluded", "value").right(1, 2, 3));
    for (Map.Entry<String, Contribution> e : r.highways.bySupplier().entrySet()) {
      tiers.row(e.getKey(), String.valueOf(e.getValue().counted()), String.valueOf(e.getValue().excluded()),
          Pounds.format(e.getValue().decimalValue()));
    }
    ReportTable exclusions = add(ReportTable.of("delivery-exclusions", "Records not counted, with the reason",
        "record", "supplier", "reason", "explanation"));
    for (Exclusion x : r.highways.exclusions()) {
      exclusions.row(x.record().id(), x.record().supplier(), x.reason().name().toLowerCase().replace('_', ' '),
          x.explanation().title());
    }
    ReportTable progress = add(ReportTable.of("delivery-progress", "Progress at " + r.progress.asOf()
        + " (value)", "measure", "committed to date", "claimed", "verified", "delivered", "RAG", "shortfall",
        "forecast").right(1, 2, 3, 4, 6, 7));
    for (MeasureProgress m : r.progress.measures()) {
      progressRow(progress, m.measure().toString(), m.value());
    }
    progressRow(progress, "total", r.progress.total());
    ReportTable quarters = add(ReportTable.of("delivery-quarters", "Committed and verified value by quarter",
        "quarter", "committed", "verified").right(1, 2));
    r.committedByQuarter.forEach((q, committed) -> quarters.row(q.toString(), Pounds.format(committed),
        Pounds.format(r.verifiedByQuarter.getOrDefault(q, BigDecimal.ZERO))));
  }

  private void progressRow(ReportTable t, String label, ProgressFigures f) {
    t.row(label, Pounds.format(f.committedToDate()), Pounds.format(f.claimed()), Pounds.format(f.verified()),
        f.percentDelivered().map(ScenarioReport::percentValue).orElse("—"), f.rag().name(),
        Pounds.format(f.shortfall()), Pounds.format(f.forecast()));
  }

  private void portfolioTables() {
    PortfolioAggregate verified = verifiedThisYear();
    for (String scheme : List.of(LancashireFramework.LCC, LancashireFramework.L2050)) {
      PriorityBreakdown b = verified.byPriority(r.framework, scheme);
      String title = r.framework.scheme(scheme).orElseThrow().title();
      List<String> labels = new ArrayList<>();
      List<BigDecimal> parts = new ArrayList<>();
      b.breakdown().parts().forEach((priority, totals) -> {
        labels.add(r.framework.scheme(scheme).flatMap(s -> s.priority(priority)).map(Priority::title).orElse(priority));
        parts.add(totals.decimalValue());
      });
      labels.add("(not aligned)");
      parts.add(b.breakdown().unclassified().decimalValue());
      RoundedBreakdown rounded = RoundedBreakdown.of(labels, parts, PENCE);
      ReportTable t = add(ReportTable.of("portfolio-" + scheme, "Verified value " + Scenario.YEAR + " by priority: "
          + title + " (split by alignment weights, else equally; adds up)", "priority", "value").right(1));
      rounded.parts().forEach((label, value) -> t.row(label, Pounds.format(value)));
      t.row("total", Pounds.format(rounded.total()));
    }
    ReportTable contracts = add(ReportTable.of("portfolio-contracts", "Contracts in the portfolio, " + Scenario.YEAR,
        "contract", "committed", "verified").right(1, 2));
    PortfolioAggregate year = r.portfolio.forYear(Scenario.YEAR);
    year.only(ValueStage.COMMITTED).byContract().forEach((contract, committed) -> contracts.row(contract,
        Pounds.format(committed.decimalValue()), Pounds.format(
            year.only(ValueStage.VERIFIED).byContract().getOrDefault(contract, emptyTotals()).decimalValue())));
  }

  private void statementTables() {
    ReportTable t = add(ReportTable.of("statement-totals", "Annual social value statement " + Scenario.YEAR,
        "figure", "value").right(1));
    t.row("committed", Pounds.format(r.statement.committed()));
    t.row("delivered (verified)", Pounds.format(r.statement.delivered()));
    t.row("delivered as % of committed", r.statement.percentDelivered().map(ScenarioReport::percentValue).orElse("—"));
    t.row("claimed or evidenced, not yet verified",
        Pounds.format(r.statement.value(ValueStage.CLAIMED).add(r.statement.value(ValueStage.EVIDENCED))));
    t.row("rejected", Pounds.format(r.statement.value(ValueStage.REJECTED)));
    ReportTable top = add(ReportTable.of("statement-top", "Top measures by verified value", "measure", "title",
        "value").right(2));
    r.statement.topMeasures().forEach(e -> top.row(e.getKey().toString(),
        r.framework.measure(e.getKey()).map(m -> m.title()).orElse("?"), Pounds.format(e.getValue().decimalValue())));
    ReportTable shortfalls = add(ReportTable.of("statement-shortfalls", "Contracts with shortfalls", "contract",
        "committed", "delivered", "shortfall").right(1, 2, 3));
    r.statement.shortfalls().forEach(s -> shortfalls.row(s.contract(), Pounds.format(s.committed()),
        Pounds.format(s.delivered()), Pounds.format(s.shortfall())));
  }

  private void sroiTables() {
    ValuationResult v = r.sroi;
    ReportTable t = add(ReportTable.of("sroi-returns", "SROI view of verified year-1 delivery (Green Book discounting)",
        "figure", "value").right(1));
    t.row("total value (undiscounted)", Pounds.format(v.totalValueDecimal()));
    t.row("present value", Pounds.format(v.presentValueDecimal()));
    t.row("investment (supplier's social value budget)", Pounds.format(v.investmentDecimal()));
    t.row("net present value", Pounds.format(v.presentValueDecimal().subtract(v.investmentDecimal())));
    t.row(v.sroiRatio().label(), v.sroiRatio().toText(2, RoundingMode.HALF_UP));
    t.row(v.netSroiRatio().label(), v.netSroiRatio().toText(2, RoundingMode.HALF_UP));
    t.row("SV% of contract value", Pounds.number(v.socialValuePercent(), 2) + "%");
    t.row("social value per £1 of contract", "£" + Pounds.number(v.valuePerUnitOfContract(), 4));
    t.row("payback (Guide)", v.paybackGuide().months().map(m -> Pounds.number(m, 1) + " months").orElse("never"));
    t.row("payback (cumulative)", v.paybackCumulative().period().isPresent()
        ? "period " + v.paybackCumulative().period().getAsInt() : "never");
    RoundedBreakdown byLine = v.rounded(PENCE);
    ReportTable lines = add(ReportTable.of("sroi-lines", "Present value by outcome (rounded; adds up)",
        "outcome", "present value").right(1));
    byLine.parts().forEach((line, pv) -> lines.row(line, Pounds.format(pv)));
    lines.row("total", Pounds.format(byLine.total()));
    ReportTable switching = add(ReportTable.of("sroi-switching", "Switching values: what brings the SROI ratio"
        + " to 1:1, one input at a time", "outcome", "input", "current", "switching value").right(2));
    for (SwitchingValue s : r.switchingValues) {
      if (s.status() == SwitchingValue.Status.NOT_APPLICABLE) {
        continue;
      }
      switching.row(s.lineId(), s.parameter().name().toLowerCase().replace('_', '-'), plain(s.current()),
          switchingText(s));
    }
    ReportTable oneWay = add(ReportTable.of("sroi-oneway", "One-way table: each input ±10%, SROI ratio at each end",
        "outcome", "input", "low", "high", "ratio at low", "ratio at high").right(2, 3, 4, 5));
    for (OneWayTable.Row row : movingRows()) {
      oneWay.row(row.lineId(), row.parameter().name().toLowerCase().replace('_', '-'), plain(row.low()),
          plain(row.high()), Pounds.number(row.ratioLow(), 3), Pounds.number(row.ratioHigh(), 3));
    }
    ReportTable band = add(ReportTable.of("sroi-montecarlo", "Monte Carlo band (" + r.band.draws() + " draws, seed "
        + r.band.seed() + ")", "figure", "P5", "P50", "P95").right(1, 2, 3));
    band.row("present value", Pounds.format(r.band.presentValueP5()), Pounds.format(r.band.presentValueP50()),
        Pounds.format(r.band.presentValueP95()));
    band.row("SROI ratio", Pounds.number(r.band.ratioP5(), 2), Pounds.number(r.band.ratioP50(), 2),
        Pounds.number(r.band.ratioP95(), 2));
  }

  // ---------------------------------------------------------------- console

  /** @return the console summary: aligned tables, money in pounds */
  public String console() {
    StringBuilder out = new StringBuilder();
    out.append("Lancashire social value scenario (ILLUSTRATIVE DATA)\n");
    out.append("Framework: ").append(r.framework.title()).append(", ").append(r.framework.measures().size())
        .append(" measures; proxy edition ").append(r.edition.reference()).append("\n\n");
    heading(out, "1. Local needs and shortlist");
    out.append(tables.get("needs-areas").toText()).append('\n').append(tables.get("needs-shortlist").toText());
    heading(out, "2. Tender " + r.evaluation.tender().id() + ": " + r.evaluation.tender().title());
    out.append(tables.get("tender-scores").toText()).append('\n').append(tables.get("tender-flags").toText());
    out.append("Winner: ").append(r.evaluation.winner().orElseThrow().bidder()).append('\n');
    heading(out, "2a. Moderation and assessment summaries");
    out.append(assessment().text());
    heading(out, "3. Delivery " + Scenario.YEAR + " on the awarded contract");
    out.append(tables.get("delivery-suppliers").toText()).append('\n').append(tables.get("delivery-exclusions").toText())
        .append('\n').append(tables.get("delivery-progress").toText()).append('\n')
        .append(tables.get("delivery-quarters").toText());
    heading(out, "3a. Contract performance (Procurement Act 2023 s.71)");
    PerformanceNoticePage.TABLES.forEach(id -> out.append(tables.get(id).toText()).append('\n'));
    heading(out, "4. Portfolio of " + r.portfolioDeliveries.size() + " contracts");
    out.append(tables.get("portfolio-contracts").toText()).append('\n')
        .append(tables.get("portfolio-" + LancashireFramework.LCC).toText()).append('\n')
        .append(tables.get("portfolio-" + LancashireFramework.L2050).toText());
    heading(out, "5. Annual statement");
    out.append(tables.get("statement-totals").toText()).append('\n').append(tables.get("statement-top").toText())
        .append('\n').append(tables.get("statement-shortfalls").toText());
    heading(out, "6. SROI view of the contract");
    out.append(tables.get("sroi-returns").toText()).append('\n').append(tables.get("sroi-lines").toText())
        .append('\n').append(tables.get("sroi-switching").toText()).append('\n')
        .append(tables.get("sroi-montecarlo").toText());
    return out.toString();
  }

  /** The tender's assessment summaries page: the same bids evaluated before and after moderation. */
  private AssessmentSummaryPage assessment() {
    List<Bid> bids = r.evaluation.ranking().stream().map(BidScore::bid).collect(Collectors.toList());
    TenderEvaluation before = TenderEvaluator.of(r.framework, CommitmentValuer.pinned(r.edition))
        .evaluate(r.evaluation.tender(), bids);
    return AssessmentSummaryPage.of(before, r.evaluation);
  }

  private static void heading(StringBuilder out, String title) {
    out.append('\n').append(title).append('\n').append("=".repeat(title.length())).append('\n');
  }

  // ---------------------------------------------------------------- html

  /** @return the self-contained HTML report */
  public String html() {
    HtmlReport html = HtmlReport.titled("Lancashire social value report " + Scenario.YEAR + " (illustrative)");
    html.section("framework", "Framework").paragraph(r.framework.title() + ", edition " + r.framework.edition()
        + "; proxy edition " + r.edition.reference() + " (licence: " + r.edition.licence() + ").")
        .note("Every figure in this report is invented for illustration; no National TOMs or HACT values are used.")
        .table(tables.get("framework-schemes"));
    html.section("needs", "Local needs and measure shortlist").table(tables.get("needs-areas"))
        .table(tables.get("needs-shortlist"));
    html.section("tender", "Tender evaluation").paragraph(r.evaluation.tender().title() + " — winner: "
        + r.evaluation.winner().orElseThrow().bidder() + ".").table(tables.get("tender-scores"))
        .note("A flagged offer is still scored until the council clarifies it, and relative scoring measures"
            + " every offer against the best: an implausible best offer depresses the others' scores, which is"
            + " why the flags are reported beside the scores.")
        .table(tables.get("tender-flags"));
    assessment().writeTo(html);
    html.section("delivery", "Contract delivery " + Scenario.YEAR).table(tables.get("delivery-suppliers"))
        .table(tables.get("delivery-exclusions")).table(tables.get("delivery-progress"))
        .table(tables.get("delivery-quarters"))
        .figure("chart-quarters", Charts.pairs("Committed and verified value by quarter", "committed", "verified",
            r.committedByQuarter.entrySet().stream().map(e -> Charts.Pair.of(e.getKey().toString(), e.getValue(),
                r.verifiedByQuarter.getOrDefault(e.getKey(), BigDecimal.ZERO))).collect(Collectors.toList())));
    HtmlReport performance = html.section("performance", "Contract performance notice and action plans");
    PerformanceNoticePage.TABLES.forEach(id -> performance.table(tables.get(id)));
    html.section("portfolio", "Portfolio").table(tables.get("portfolio-contracts"))
        .table(tables.get("portfolio-" + LancashireFramework.LCC))
        .figure("chart-priority-lcc", priorityChart(LancashireFramework.LCC))
        .table(tables.get("portfolio-" + LancashireFramework.L2050))
        .figure("chart-priority-l2050", priorityChart(LancashireFramework.L2050));
    html.section("statement", "Annual social value statement " + Scenario.YEAR)
        .table(tables.get("statement-totals")).table(tables.get("statement-top"))
        .table(tables.get("statement-shortfalls"));
    html.section("sroi", "SROI view of the highways contract").table(tables.get("sroi-returns"))
        .table(tables.get("sroi-lines")).table(tables.get("sroi-switching")).table(tables.get("sroi-oneway"))
        .figure("chart-tornado", Charts.tornado("SROI ratio when each input moves ±10%",
            r.oneWay.baseRatio(), "base " + r.sroi.sroiRatio().toText(2, RoundingMode.HALF_UP),
            movingRows().stream()
                .sorted(Comparator.comparing((OneWayTable.Row row) -> row.ratioHigh().subtract(row.ratioLow()).abs())
                    .reversed())
                .limit(10)
                .map(row -> Charts.Swing.of(row.lineId() + " " + row.parameter().name().toLowerCase().replace('_', '-'),
                    row.ratioLow(), row.ratioHigh()))
                .collect(Collectors.toList())))
        .table(tables.get("sroi-montecarlo"));
    return html.render();
  }

  /**
   * Writes {@link #html()} to a file, creating its folder.
   *
   * @param file where to write
   * @return the file's absolute, normalised path
   * @throws IOException when it cannot be written
   */
  public Path writeHtml(Path file) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    Files.createDirectories(absolute.getParent());
    Files.writeString(absolute, html(), StandardCharsets.UTF_8);
    return absolute;
  }

  private String priorityChart(String scheme) {
    ReportTable t = tables.get("portfolio-" + scheme);
    PriorityBreakdown b = verifiedThisYear().byPriority(r.framework, scheme);
    List<Charts.Bar> bars = new ArrayList<>();
    b.breakdown().parts().forEach((priority, totals) -> bars.add(Charts.Bar.of(
        r.framework.scheme(scheme).flatMap(s -> s.priority(priority)).map(Priority::title).orElse(priority),
        totals.decimalValue())));
    return Charts.bars(t.title(), bars);
  }

  // ---------------------------------------------------------------- helpers

  /** The one-way rows whose input actually moves (±10% of zero is zero, and says nothing). */
  private List<OneWayTable.Row> movingRows() {
    return r.oneWay.rows().stream().filter(row -> row.low().compareTo(row.high()) != 0).collect(Collectors.toList());
  }

  private PortfolioAggregate verifiedThisYear() {
    return r.portfolio.forYear(Scenario.YEAR).only(ValueStage.VERIFIED);
  }

  private static Totals emptyTotals() {
    return PortfolioAggregate.empty().total();
  }

  private ReportTable add(ReportTable table) {
    tables.put(table.id(), table);
    return table;
  }

  private String areaName() {
    return r.county.rankedAreas().stream().filter(a -> a.area().id().equals(r.area)).map(a -> a.area().name())
        .findFirst().orElse(r.area);
  }

  private static String score(BidScore b, String criterion) {
    return b.score(criterion).map(CriterionScore::displayed).map(BigDecimal::toPlainString).orElse("—");
  }

  private static String percent(BigDecimal fraction) {
    return Pounds.number(fraction.movePointRight(2), 1) + "%";
  }

  private static String percentValue(BigDecimal percent) {
    return Pounds.number(percent, 1) + "%";
  }

  private String switchingText(SwitchingValue s) {
    boolean above = r.sroi.sroiRatio().value().compareTo(BigDecimal.ONE) > 0;
    if (s.status() == SwitchingValue.Status.NO_VALUE_REACHES_ONE_TO_ONE) {
      return "none in [0, 1]: the ratio stays " + (above ? "above" : "below") + " 1:1";
    }
    BigDecimal value = s.value().orElseThrow();
    if (!s.parameter().isFraction() && value.signum() < 0) {
      return "none at or above 0: the ratio stays " + (above ? "above" : "below") + " 1:1";
    }
    return plain(value);
  }

  private static String plain(BigDecimal value) {
    BigDecimal shown = value.abs().compareTo(BigDecimal.ONE) < 0 ? value.setScale(4, RoundingMode.HALF_UP)
        : value.setScale(2, RoundingMode.HALF_UP);
    return shown.toPlainString();
  }
}
