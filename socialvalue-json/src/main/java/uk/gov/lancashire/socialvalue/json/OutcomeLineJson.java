package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
import uk.gov.lancashire.socialvalue.valuation.DeadweightModel;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.OutcomeStart;
import uk.gov.lancashire.socialvalue.valuation.Quantity;

/**
 * {@link OutcomeLine}: id, the measure (whole, as in a framework), quantity, activityPeriod (left out
 * when 0), start (left out when {@code same-period}), an edition or an explicit proxy, the optional
 * per-line adjustments, deadweightModel (left out when {@code drop-off}) and risingDeadweights (left
 * out when empty).
 */
final class OutcomeLineJson {

  /** The codec. */
  static final JsonCodec<OutcomeLine> CODEC = new JsonCodec<>() {
    @Override
    public OutcomeLine read(Cursor in) {
      Fields f = Fields.of(in);
      String id = f.required("id", Scalars.STRING);
      Measure measure = f.required("measure", MeasureJson.CODEC);
      Quantity quantity = f.required("quantity", QuantityJson.CODEC);
      Optional<Integer> activityPeriod = f.optional("activityPeriod", Scalars.INTEGER);
      Optional<OutcomeStart> start = f.optional("start", ValuationEnumsJson.START);
      Optional<ProxyEdition> edition = f.optional("edition", ProxyEditionJson.CODEC);
      Optional<ProxyValue> proxy = f.optional("proxy", ProxyValueJson.CODEC);
      Optional<BigDecimal> deadweight = f.optional("deadweight", Scalars.DECIMAL_STRING);
      Optional<BigDecimal> displacement = f.optional("displacement", Scalars.DECIMAL_STRING);
      Optional<BigDecimal> attribution = f.optional("attribution", Scalars.DECIMAL_STRING);
      Optional<BigDecimal> dropOff = f.optional("dropOff", Scalars.DECIMAL_STRING);
      Optional<Integer> durationYears = f.optional("durationYears", Scalars.INTEGER);
      Optional<DeadweightModel> model = f.optional("deadweightModel", ValuationEnumsJson.MODEL);
      List<BigDecimal> rising = f.list("risingDeadweights", Scalars.DECIMAL_STRING);
      return f.build(() -> {
        OutcomeLine.Builder b = OutcomeLine.builder().id(id).measure(measure).quantity(quantity).edition(edition)
            .proxy(proxy).deadweight(deadweight).displacement(displacement).attribution(attribution).dropOff(dropOff)
            .addAllRisingDeadweights(rising);
        activityPeriod.ifPresent(b::activityPeriod);
        start.ifPresent(b::start);
        durationYears.ifPresent(b::durationYears);
        model.ifPresent(b::deadweightModel);
        return b.build();
      });
    }

    @Override
    public JsonNode write(OutcomeLine value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.set("measure", MeasureJson.CODEC.write(value.measure()));
      node.set("quantity", QuantityJson.CODEC.write(value.quantity()));
      if (value.activityPeriod() != 0) {
        node.put("activityPeriod", value.activityPeriod());
      }
      if (value.start() != OutcomeStart.SAME_PERIOD) {
        node.set("start", ValuationEnumsJson.START.write(value.start()));
      }
      value.edition().ifPresent(e -> node.set("edition", ProxyEditionJson.CODEC.writeNested(e)));
      value.proxy().ifPresent(p -> node.set("proxy", ProxyValueJson.CODEC.write(p)));
      value.deadweight().ifPresent(d -> node.set("deadweight", Scalars.DECIMAL_STRING.write(d)));
      value.displacement().ifPresent(d -> node.set("displacement", Scalars.DECIMAL_STRING.write(d)));
      value.attribution().ifPresent(a -> node.set("attribution", Scalars.DECIMAL_STRING.write(a)));
      value.dropOff().ifPresent(d -> node.set("dropOff", Scalars.DECIMAL_STRING.write(d)));
      value.durationYears().ifPresent(d -> node.put("durationYears", d));
      if (value.deadweightModel() != DeadweightModel.DROP_OFF) {
        node.set("deadweightModel", ValuationEnumsJson.MODEL.write(value.deadweightModel()));
      }
      if (!value.risingDeadweights().isEmpty()) {
        node.set("risingDeadweights", Nodes.array(value.risingDeadweights(), Scalars.DECIMAL_STRING));
      }
      return node;
    }
  };

  private OutcomeLineJson() {}
}
