package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;
import uk.gov.lancashire.socialvalue.valuation.ValuedLine;
import uk.gov.lancashire.socialvalue.valuation.YearValue;

/**
 * A written valuation result never states a money figure other than the core's: every money object of
 * {@code socialvalue/valuation-result} (totals, investment, NPV, present value by period, and each line's
 * proxy in the price base, years' impact and present value, and totals) holds exactly the core amount's
 * value and currency. The writer pads an amount to its currency's minor unit ({@code 23220} is written
 * {@code "23220.00"}), which adds zeros only: a sub-penny figure keeps every digit (never cut or rounded to
 * pence), and no figure is written with fewer decimals than the core's exact value has.
 */
class ValuationResultMoneyProperties {

  private final SocialValueJson json = SocialValueJson.standard();

  @Provide
  Arbitrary<Valuation> valuations() {
    return ProcurementGenerators.valuation();
  }

  @Property(tries = 150)
  void everyWrittenMoneyFigureIsTheCoresExactAmount(@ForAll("valuations") Valuation valuation) {
    ValuationResult r = valuation.result();
    JsonNode written = json.mapper().readTree(json.write(Documents.VALUATION_RESULT, r));
    List<JsonNode> nodes = new ArrayList<>();
    List<MonetaryAmount> core = new ArrayList<>();

    add(nodes, core, written.path("totalValue"), r.totalValue());
    add(nodes, core, written.path("presentValue"), r.presentValue());
    add(nodes, core, written.path("investment"), r.investment());
    add(nodes, core, written.path("netPresentValue"), r.netPresentValue());
    for (int p = 0; p < r.horizon(); p++) {
      add(nodes, core, written.path("presentValueByPeriod").path(p), r.presentValueByPeriod().get(p));
    }
    for (int i = 0; i < r.lines().size(); i++) {
      ValuedLine line = r.lines().get(i);
      JsonNode l = written.path("lines").path(i);
      add(nodes, core, l.path("proxyInPriceBase"), line.proxyInPriceBase());
      add(nodes, core, l.path("totalValue"), line.totalValue());
      add(nodes, core, l.path("presentValue"), line.presentValue());
      for (int j = 0; j < line.years().size(); j++) {
        YearValue y = line.years().get(j);
        add(nodes, core, l.path("years").path(j).path("impact"), y.impact());
        add(nodes, core, l.path("years").path(j).path("presentValue"), y.presentValue());
      }
    }
    assertThat(written.path("presentValueByPeriod").size()).isEqualTo(r.horizon());

    for (int k = 0; k < nodes.size(); k++) {
      JsonNode node = nodes.get(k);
      MonetaryAmount amount = core.get(k);
      BigDecimal exact = Amounts.decimal(amount);
      assertThat(node.path("currency").asString()).isEqualTo(amount.getCurrency().getCurrencyCode());
      assertThat(node.path("amount").isString()).as("an exact decimal string").isTrue();
      BigDecimal text = new BigDecimal(node.path("amount").asString());
      assertThat(text).as("the written value is the core's, %s", node).isEqualByComparingTo(exact);
      assertThat(text.scale()).as("never fewer decimals than the exact figure").isGreaterThanOrEqualTo(exact.scale());
      assertThat(text.stripTrailingZeros().scale()).isEqualTo(exact.stripTrailingZeros().scale());
    }
  }

  private static void add(List<JsonNode> nodes, List<MonetaryAmount> core, JsonNode node, MonetaryAmount amount) {
    assertThat(node.isObject()).as("a money object").isTrue();
    nodes.add(node);
    core.add(amount);
  }
}
