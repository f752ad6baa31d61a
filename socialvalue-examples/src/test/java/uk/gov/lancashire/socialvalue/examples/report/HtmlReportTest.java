package uk.gov.lancashire.socialvalue.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class HtmlReportTest {

  static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void reportIsWellFormedSelfContainedAndEscaped() throws Exception {
    String html = HtmlReport.titled("Value <&> report")
        .section("totals", "Totals & more")
        .paragraph("Tom's \"quoted\" text")
        .table(ReportTable.of("values", "Values", "measure", "value").right(1).row("LT1", "£1,000.00"))
        .section("charts", "Charts")
        .figure("by-priority", Charts.bars("Value by priority",
            List.of(Charts.Bar.of("Caring <vulnerable>", new BigDecimal("1200")),
                Charts.Bar.of("Growth", new BigDecimal("-300")))))
        .figure("quarters", Charts.pairs("By quarter", "committed", "delivered",
            List.of(Charts.Pair.of("Q1", new BigDecimal("10"), new BigDecimal("8")))))
        .figure("tornado", Charts.tornado("Sensitivity", new BigDecimal("100"), "base £100",
            List.of(Charts.Swing.of("proxy", new BigDecimal("80"), new BigDecimal("120")))))
        .render();

    Document doc = parse(html);
    assertThat(doc.getElementsByTagName("section").getLength()).isEqualTo(2);
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(3);
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Value <&> report");
    assertThat(html).doesNotContain("<script").doesNotContain("http://fonts").doesNotContain("https://")
        .contains("Caring &lt;vulnerable&gt;").contains("-£300").contains("base £100")
        .contains("<table id=\"values\">").contains("<td class=\"n\">£1,000.00</td>").contains("<td>LT1</td>");
  }
}
