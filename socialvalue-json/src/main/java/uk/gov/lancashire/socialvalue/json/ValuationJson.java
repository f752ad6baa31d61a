package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;
import uk.gov.lancashire.socialvalue.discounting.TimingConvention;
import uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.Valuation;

/**
 * {@link Valuation}, the inputs of a valuation and a top-level document ({@code "format":
 * "socialvalue/valuation"}): currency, lines, investment (money keyed by period), optional
 * contractValue, discountSchedule (left out when the Green Book's), timing (left out when {@code
 * green-book}), optional priceBaseYear and priceIndex.
 */
final class ValuationJson {

  /** The codec. */
  static final JsonCodec<Valuation> CODEC = new JsonCodec<>() {
    @Override
    public Valuation read(Cursor in) {
      Fields f = Fields.of(in);
      f.marker(Formats.VALUATION);
      CurrencyUnit currency = f.required("currency", Scalars.CURRENCY);
      List<OutcomeLine> lines = f.list("lines", OutcomeLineJson.CODEC);
      Map<Integer, MonetaryAmount> investment = f.map("investment", Keys.INTEGER, MoneyJson.CODEC);
      Optional<MonetaryAmount> contractValue = f.optional("contractValue", MoneyJson.CODEC);
      Optional<DiscountSchedule> schedule = f.optional("discountSchedule", DiscountScheduleJson.CODEC);
      Optional<TimingConvention> timing = f.optional("timing", ValuationEnumsJson.TIMING);
      Optional<Integer> priceBaseYear = f.optional("priceBaseYear", Scalars.INTEGER);
      Optional<PriceIndexSeries> priceIndex = f.optional("priceIndex", PriceIndexSeriesJson.CODEC);
      return f.build(() -> {
        Valuation.Builder b = Valuation.builder().currency(currency).addAllLines(lines).putAllInvestment(investment)
            .contractValue(contractValue).priceIndex(priceIndex);
        schedule.ifPresent(b::discountSchedule);
        timing.ifPresent(b::timing);
        priceBaseYear.ifPresent(b::priceBaseYear);
        return b.build();
      });
    }

    @Override
    public JsonNode write(Valuation value) {
      ObjectNode node = Nodes.object();
      node.put("format", Formats.VALUATION);
      node.put("formatVersion", Formats.CURRENT);
      node.setAll((ObjectNode) writeNested(value));
      return node;
    }

    @Override
    public JsonNode writeNested(Valuation value) {
      ObjectNode node = Nodes.object();
      node.set("currency", Scalars.CURRENCY.write(value.currency()));
      node.set("lines", Nodes.array(value.lines(), OutcomeLineJson.CODEC));
      node.set("investment", Nodes.map(value.investment(), Keys.INTEGER, MoneyJson.CODEC));
      value.contractValue().ifPresent(v -> node.set("contractValue", MoneyJson.CODEC.write(v)));
      if (!value.discountSchedule().equals(DiscountSchedule.greenBook())) {
        node.set("discountSchedule", DiscountScheduleJson.CODEC.write(value.discountSchedule()));
      }
      if (value.timing() != TimingConvention.GREEN_BOOK) {
        node.set("timing", ValuationEnumsJson.TIMING.write(value.timing()));
      }
      value.priceBaseYear().ifPresent(y -> node.put("priceBaseYear", y));
      value.priceIndex().ifPresent(p -> node.set("priceIndex", PriceIndexSeriesJson.CODEC.write(p)));
      return node;
    }
  };

  private ValuationJson() {}
}
