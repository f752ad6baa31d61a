package uk.gov.lancashire.socialvalue.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.delivery.ValueProgress;
import uk.gov.lancashire.socialvalue.examples.LancashireFramework;
import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.examples.report.Words;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;
import uk.gov.lancashire.socialvalue.tender.BidScore;

/** Every figure the report shows is the engine's figure for the same input, formatted once. */
class ScenarioReportTest {

  private static ScenarioResult result;
  private static Document html;

  @BeforeAll
  static void runScenario() throws Exception {
    result = Scenario.run();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    html = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
        ScenarioReport.of(result).html().getBytes(StandardCharsets.UTF_8)));
  }

  /** @return the rows of the HTML table with this id, as cell texts */
  private static List<List<String>> rows(String tableId) {
    NodeList tables = html.getElementsByTagName("table");
    for (int i = 0; i < tables.getLength(); i++) {
      Element table = (Element) tables.item(i);
      if (table.getAttribute("id").equals(tableId)) {
        List<List<String>> rows = new ArrayList<>();
        NodeList trs = ((Element) table.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
        for (int r = 0; r < trs.getLength(); r++) {
          List<String> cells = new ArrayList<>();
          NodeList tds = ((Element) trs.item(r)).getElementsByTagName("td");
          for (int c = 0; c < tds.getLength(); c++) {
            cells.add(tds.item(c).getTextContent());
          }
          rows.add(cells);
        }
        return rows;
      }
    }
    throw new AssertionError("no table " + tableId);
  }

  private static String cell(String tableId, String rowLabel, int column) {
    return rows(tableId).stream().filter(r -> r.get(0).equals(rowLabel)).findFirst()
        .orElseThrow(() -> new AssertionError(tableId + " has no row " + rowLabel)).get(column);
  }

  private static BigDecimal pounds(String shown) {
    return new BigDecimal(shown.replace("£", "").replace(",", ""));
  }

  //-------------------------------------------------------------------------
  @Test
  void reportHasEverySectionAndChart() {
    NodeList sections = html.getElementsByTagName("section");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < sections.getLength(); i++) {
      ids.add(((Element) sections.item(i)).getAttribute("id"));
    }
    assertThat(ids).containsExactlyElementsOf(ScenarioReport.SECTIONS);
    NodeList figures = html.getElementsByTagName("figure");
    List<String> charts = new ArrayList<>();
    for (int i = 0; i < figures.getLength(); i++) {
      Element figure = (Element) figures.item(i);
      assertThat(figure.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(1);
      charts.add(figure.getAttribute("id"));
    }
    assertThat(charts).containsExactlyInAnyOrderElementsOf(ScenarioReport.CHARTS);
    ScenarioReport.of(result).tables().keySet().forEach(id -> assertThat(rows(id)).as(id).isNotNull());
  }

  @Test
  void bidFiguresAreTheEvaluationsFigures() {
    for (BidScore b : result.evaluation.ranking()) {
      List<String> row = rows("tender-scores").stream().filter(r -> r.get(1).equals(Words.name(b.bidder()))).findFirst()
          .orElseThrow();
      assertThat(row.get(0)).isEqualTo(String.valueOf(b.rank()));
      assertThat(pounds(row.get(2))).isEqualByComparingTo(b.bid().price().getNumber().numberValueExact(BigDecimal.class));
      assertThat(row.get(3)).isEqualTo(Pounds.format(b.offer()));
      assertThat(new BigDecimal(row.get(9))).isEqualByComparingTo(b.total().setScale(2, RoundingMode.HALF_UP));
      assertThat(row.get(10)).isEqualTo(String.valueOf(b.flags().size()));
    }
    assertThat(rows("tender-flags")).hasSize(result.evaluation.ranking().stream().mapToInt(b -> b.flags().size()).sum());
  }

  @Test
  void progressFiguresAreTheEnginesFigures() {
    ValueProgress total = result.progress.total();
    assertThat(pounds(cell("delivery-progress", "total", 1)))
        .isEqualByComparingTo(round(Amounts.decimal(total.committedToDate())));
    assertThat(pounds(cell("delivery-progress", "total", 3))).isEqualByComparingTo(round(Amounts.decimal(total.verified())));
    assertThat(pounds(cell("delivery-progress", "total", 6))).isEqualByComparingTo(round(Amounts.decimal(total.shortfall())));
    assertThat(rows("delivery-exclusions")).hasSize(result.highways.exclusions().size());
    result.verifiedByQuarter.forEach((q, v) ->
        assertThat(pounds(cell("delivery-quarters", q.toString(), 2))).isEqualByComparingTo(round(v)));
  }

  @Test
  void priorityBreakdownsAddUpToTheEnginesTotal() {
    for (String scheme : List.of(LancashireFramework.LCC, LancashireFramework.L2050)) {
      List<List<String>> rows = rows("portfolio-" + scheme);
      BigDecimal sum = rows.subList(0, rows.size() - 1).stream().map(r -> pounds(r.get(1)))
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal shownTotal = pounds(rows.get(rows.size() - 1).get(1));
      BigDecimal engineTotal = Amounts.decimal(result.portfolio.forYear(Scenario.YEAR).only(ValueStage.VERIFIED).total().value());
      assertThat(sum).as("parts add up to the displayed total").isEqualByComparingTo(shownTotal);
      assertThat(shownTotal).isEqualByComparingTo(round(engineTotal));
      Map<String, ?> parts = result.portfolio.forYear(Scenario.YEAR).only(ValueStage.VERIFIED)
          .byPriority(result.framework, scheme).breakdown().parts();
      assertThat(rows).hasSize(parts.size() + 2);
    }
  }

  @Test
  void statementAndSroiFiguresAreTheEnginesFigures() {
    assertThat(pounds(cell("statement-totals", "committed", 1))).isEqualByComparingTo(round(Amounts.decimal(result.statement.committed())));
    assertThat(pounds(cell("statement-totals", "delivered (verified)", 1)))
        .isEqualByComparingTo(round(Amounts.decimal(result.statement.delivered())));
    assertThat(pounds(cell("sroi-returns", "present value", 1))).isEqualByComparingTo(round(Amounts.decimal(result.sroi.presentValue())));
    assertThat(pounds(cell("sroi-returns", "total value (undiscounted)", 1)))
        .isEqualByComparingTo(round(Amounts.decimal(result.sroi.totalValue())));
    assertThat(cell("sroi-returns", result.sroi.sroiRatio().label(), 1))
        .isEqualTo(result.sroi.sroiRatio().toText(2, RoundingMode.HALF_UP));
    List<List<String>> lines = rows("sroi-lines");
    BigDecimal sum = lines.subList(0, lines.size() - 1).stream().map(r -> pounds(r.get(1))).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isEqualByComparingTo(pounds(lines.get(lines.size() - 1).get(1)));
    assertThat(pounds(cell("sroi-montecarlo", "present value", 2))).isEqualByComparingTo(round(Amounts.decimal(result.band.presentValueP50())));
  }

  @Test
  void theSameSeedGivesTheSameReport() {
    assertThat(ScenarioReport.of(Scenario.run()).html()).isEqualTo(ScenarioReport.of(result).html());
  }

  private static BigDecimal round(BigDecimal exact) {
    return exact.setScale(2, RoundingMode.HALF_UP);
  }
}
