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
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.delivery.Contribution;
import uk.gov.lancashire.socialvalue.delivery.Exclusion;
import uk.gov.lancashire.socialvalue.delivery.MeasureProgress;
import uk.gov.lancashire.socialvalue.delivery.ValueProgress;
import uk.gov.lancashire.socialvalue.examples.LancashireFramework;
import uk.gov.lancashire.socialvalue.examples.report.AssessmentSummaryPage;
import uk.gov.lancashire.socialvalue.examples.report.Charts;
import uk.gov.lancashire.socialvalue.examples.report.HtmlReport;
import uk.gov.lancashire.socialvalue.examples.report.PerformanceNoticePage;
import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.examples.report.ReportTable;
import uk.gov.lancashire.socialvalue.examples.report.SroiTables;
import uk.gov.lancashire.socialvalue.examples.report.Words;
import uk.gov.lancashire.socialvalue.delivery.Supplier;
import java.util.Optional;
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
          r.framework.measure(e.measure()).map(m -> m.title()).orElse("?"), Words.percent(e.weight(), 1));
    }
  }

  private void tenderTables() {
    ReportTable bids = add(ReportTable.of("tender-scores",
        "Bids: scores out of 100 (quality 30, price 60, social value 5 offer + 5 plan)",
        "rank", "bidder", "price", "SV offer", "SV%", "quality", "price score", "SV offer", "SV plan", "total", "flags")
        .right(0, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    for (BidScore b : r.evaluation.ranking()) {
      bids.row(String.valueOf(b.rank()), Words.name(b.bidder()), Pounds.format(b.bid().price().getNumber().numberValueExact(BigDecimal.class)),
          Pounds.format(b.offer()), b.svPercent().map(p -> Pounds.number(p, 2) + "%").orElse("—"),
          score(b, "quality"), score(b, "price"), score(b, "sv-offer"), score(b, "sv-plan"),
          Pounds.number(b.total(), 2), String.valueOf(b.flags().size()));
    }
    ReportTable flags = add(ReportTable.of("tender-flags", "Credibility flags (reported for clarification, never"
        + " excluded)", "bidder", "flag", "detail"));
    for (BidScore b : r.evaluation.ranking()) {
      for (CredibilityFlag f : b.flags()) {
        flags.row(Words.name(b.bidder()), Words.words(f.kind()), Words.flag(f, b.bid(), Optional.of(r.framework)));
      }
    }
  }

  private void deliveryTables() {
    ReportTable tiers = add(ReportTable.of("delivery-suppliers", "Delivery by supplier (each claim counted once)",
        "supplier", "records counted", "records excluded", "value").right(1, 2, 3));
    for (Map.Entry<String, Contribution> e : r.highways.bySupplier().entrySet()) {
      tiers.row(supplierName(e.getKey()), String.valueOf(e.getValue().counted()), String.valueOf(e.getValue().excluded()),
          Pounds.format(Amounts.decimal(e.getValue().value())));
    }
    ReportTable exclusions = add(ReportTable.of("delivery-exclusions", "Records not counted, with the reason",
        "record", "supplier", "reason", "explanation"));
    for (Exclusion x : r.highways.exclusions()) {
      exclusions.row(x.record().id(), supplierName(x.record().supplier()), Words.words(x.reason()),
          x.explanation().title());
    }
    ReportTable progress = add(ReportTable.of("delivery-progress", "Progress at " + r.progress.asOf()
        + " (value)", "measure", "committed to date", "claimed", "verified", "delivered", "RAG", "shortfall",
        "forecast").right(1, 2, 3, 4, 6, 7));
    for (MeasureProgress m : r.progress.measures()) {
      progressRow(progress, Words.measure(Optional.of(r.framework), m.measure()), m.value());
    }
    progressRow(progress, "total", r.progress.total());
    ReportTable quarters = add(ReportTable.of("delivery-quarters", "Committed and verified value by quarter",
        "quarter", "committed", "verified").right(1, 2));
    r.committedByQuarter.forEach((q, committed) -> quarters.row(q.toString(), Pounds.format(committed),
        Pounds.format(r.verifiedByQuarter.getOrDefault(q, BigDecimal.ZERO))));
  }

  private void progressRow(ReportTable t, String label, ValueProgress f) {
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
        parts.add(Amounts.decimal(totals.value()));
      });
      labels.add("(not aligned)");
      parts.add(Amounts.decimal(b.breakdown().unclassified().value()));
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
        Pounds.format(Amounts.decimal(committed.value())), Pounds.format(
            Amounts.decimal(year.only(ValueStage.VERIFIED).byContract().getOrDefault(contract, emptyTotals()).value()))));
  }

  private void statementTables() {
    ReportTable t = add(ReportTable.of("statement-totals", "Annual social value statement " + Scenario.YEAR,
        "figure", "value").right(1));
    t.row("committed", Pounds.format(r.statement.committed()));
    t.row("delivered (verified)", Pounds.format(r.statement.delivered()));
    t.row("delivered as % of committed", r.statement.percentDelivered().map(ScenarioReport::percentValue).orElse("—"));
    t.row("claimed or evidenced, not yet verified",
        Pounds.format(Amounts.decimal(r.statement.value(ValueStage.CLAIMED))
            .add(Amounts.decimal(r.statement.value(ValueStage.EVIDENCED)))));
    t.row("rejected", Pounds.format(r.statement.value(ValueStage.REJECTED)));
    ReportTable top = add(ReportTable.of("statement-top", "Top measures by verified value", "measure", "title",
        "value").right(2));
    r.statement.topMeasures().forEach(e -> top.row(e.getKey().toString(),
        r.framework.measure(e.getKey()).map(m -> m.title()).orElse("?"), Pounds.format(Amounts.decimal(e.getValue().value()))));
    ReportTable shortfalls = add(ReportTable.of("statement-shortfalls", "Contracts with shortfalls", "contract",
        "committed", "delivered", "shortfall").right(1, 2, 3));
    r.statement.shortfalls().forEach(s -> shortfalls.row(s.contract(), Pounds.format(s.committed()),
        Pounds.format(s.delivered()), Pounds.format(s.shortfall())));
  }

  private void sroiTables() {
    SroiTables sroi = sroi();
    add(sroi.returns("SROI view of verified year-1 delivery (Green Book discounting)",
        "investment (supplier's social value budget)"));
    add(sroi.lines(PENCE));
    add(sroi.switching(r.switchingValues));
    add(sroi.oneWay(r.oneWay));
    ReportTable band = add(ReportTable.of("sroi-montecarlo", "Monte Carlo band (" + Pounds.number(
        BigDecimal.valueOf(r.band.draws()), 0) + " random draws, seed " + r.band.seed() + ")", "figure", "P5", "P50",
        "P95").right(1, 2, 3));
    band.row("present value", Pounds.format(r.band.presentValueP5()), Pounds.format(r.band.presentValueP50()),
        Pounds.format(r.band.presentValueP95()));
    band.row("SROI ratio", Pounds.number(r.band.ratioP5(), 2), Pounds.number(r.band.ratioP50(), 2),
        Pounds.number(r.band.ratioP95(), 2));
  }

  private SroiTables sroi() {
    return SroiTables.of(r.sroi, line -> r.sroi.valuation().lines().stream().filter(l -> l.id().equals(line))
        .findFirst().map(l -> Words.measure(Optional.of(r.framework), l.measure().code())).orElse(line));
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
        .append('\n').append(tables.get("sroi-switching").toText()).append(sroi().switchingSummary(r.switchingValues))
        .append('\n')
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
    HtmlReport html = HtmlReport.titled("Lancashire social value report " + Scenario.YEAR + " (illustrative)")
        .footer(java.time.LocalDate.now(java.time.ZoneOffset.UTC), List.of("the built-in illustrative Lancashire scenario"));
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
        .figure("chart-quarters", "Committed and verified value by quarter", Charts.pairs("Committed and verified value by quarter", "committed", "verified",
            r.committedByQuarter.entrySet().stream().map(e -> Charts.Pair.of(e.getKey().toString(), e.getValue(),
                r.verifiedByQuarter.getOrDefault(e.getKey(), BigDecimal.ZERO))).collect(Collectors.toList())));
    HtmlReport performance = html.section("performance", "Contract performance notice and action plans");
    PerformanceNoticePage.TABLES.forEach(id -> performance.table(tables.get(id)));
    html.section("portfolio", "Portfolio").table(tables.get("portfolio-contracts"))
        .table(tables.get("portfolio-" + LancashireFramework.LCC))
        .figure("chart-priority-lcc", tables.get("portfolio-" + LancashireFramework.LCC).title(),
            priorityChart(LancashireFramework.LCC))
        .table(tables.get("portfolio-" + LancashireFramework.L2050))
        .figure("chart-priority-l2050", tables.get("portfolio-" + LancashireFramework.L2050).title(),
            priorityChart(LancashireFramework.L2050));
    html.section("statement", "Annual social value statement " + Scenario.YEAR)
        .table(tables.get("statement-totals")).table(tables.get("statement-top"))
        .table(tables.get("statement-shortfalls"));
    html.section("sroi", "SROI view of the highways contract").table(tables.get("sroi-returns"))
        .table(tables.get("sroi-lines")).table(tables.get("sroi-switching"))
        .note(sroi().switchingSummary(r.switchingValues)).table(tables.get("sroi-oneway"))
        .figure("chart-tornado", "SROI ratio when each input moves 10% either way (the ten widest swings)",
            sroi().tornado(r.oneWay, 10))
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
        Amounts.decimal(totals.value()))));
    return Charts.bars(t.title(), bars);
  }

  // ---------------------------------------------------------------- helpers

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

  private static String percentValue(BigDecimal percent) {
    return Pounds.number(percent, 1) + "%";
  }

  private String supplierName(String id) {
    return r.highways.supplyChain().supplier(id).map(Supplier::name).filter(n -> !n.equals(id)).orElse(Words.name(id));
  }
}
