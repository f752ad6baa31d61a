package uk.gov.lancashire.socialvalue.json;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.sensitivity.MonteCarloBand;
import uk.gov.lancashire.socialvalue.sensitivity.OneWayTable;
import uk.gov.lancashire.socialvalue.sensitivity.Parameter;
import uk.gov.lancashire.socialvalue.sensitivity.SwitchingValue;

/**
 * The sensitivity results, written only: {@link SwitchingValue}, {@link OneWayTable} (with its rows)
 * and {@link MonteCarloBand}. The core computes them from a valuation result and offers no way to build
 * them from their parts, so they are never read back. (The inputs {@code UncertainInput} and {@code
 * Distribution} have no JSON form: a distribution does not expose whether it is triangular nor its mode,
 * so it cannot be written losslessly without a change to the core.)
 */
final class SensitivityJson {

  /** {@link Parameter}. */
  static final EnumNames<Parameter> PARAMETER = EnumNames.of(Parameter.class, "parameter", Map.of(
      Parameter.QUANTITY, "quantity",
      Parameter.PROXY, "proxy",
      Parameter.DEADWEIGHT, "deadweight",
      Parameter.DISPLACEMENT, "displacement",
      Parameter.ATTRIBUTION, "attribution",
      Parameter.DROP_OFF, "drop-off"));

  /** {@link SwitchingValue.Status}. */
  static final EnumNames<SwitchingValue.Status> STATUS = EnumNames.of(SwitchingValue.Status.class,
      "switching value status", Map.of(
          SwitchingValue.Status.FOUND, "found",
          SwitchingValue.Status.NO_VALUE_REACHES_ONE_TO_ONE, "no-value-reaches-one-to-one",
          SwitchingValue.Status.NOT_APPLICABLE, "not-applicable"));

  /** {@link SwitchingValue}, written only. */
  static final JsonCodec<SwitchingValue> SWITCHING = new WriteOnlyCodec<>("a switching value") {
    @Override
    public JsonNode write(SwitchingValue value) {
      ObjectNode node = Nodes.object();
      node.put("lineId", value.lineId());
      node.set("parameter", PARAMETER.write(value.parameter()));
      node.set("current", Scalars.DECIMAL_STRING.write(value.current()));
      node.set("status", STATUS.write(value.status()));
      value.value().ifPresent(v -> node.set("value", Scalars.DECIMAL_STRING.write(v)));
      node.put("note", value.note());
      return node;
    }
  };

  /** {@link OneWayTable.Row}, written only. */
  static final JsonCodec<OneWayTable.Row> ROW = new WriteOnlyCodec<>("a one-way table row") {
    @Override
    public JsonNode write(OneWayTable.Row value) {
      ObjectNode node = Nodes.object();
      node.put("lineId", value.lineId());
      node.set("parameter", PARAMETER.write(value.parameter()));
      node.set("low", Scalars.DECIMAL_STRING.write(value.low()));
      node.set("high", Scalars.DECIMAL_STRING.write(value.high()));
      node.set("ratioLow", Scalars.DECIMAL_STRING.write(value.ratioLow()));
      node.set("ratioHigh", Scalars.DECIMAL_STRING.write(value.ratioHigh()));
      return node;
    }
  };

  /** {@link OneWayTable}, written only. */
  static final JsonCodec<OneWayTable> TABLE = new WriteOnlyCodec<>("a one-way table") {
    @Override
    public JsonNode write(OneWayTable value) {
      ObjectNode node = Nodes.object();
      node.set("step", Scalars.DECIMAL_STRING.write(value.step()));
      node.set("baseRatio", Scalars.DECIMAL_STRING.write(value.baseRatio()));
      node.set("rows", Nodes.array(value.rows(), ROW));
      return node;
    }
  };

  /** {@link MonteCarloBand}, written only: draws, seed (so the band can be reproduced) and percentiles. */
  static final JsonCodec<MonteCarloBand> BAND = new WriteOnlyCodec<>("a Monte Carlo band") {
    @Override
    public JsonNode write(MonteCarloBand value) {
      ObjectNode node = Nodes.object();
      node.put("draws", value.draws());
      node.put("seed", value.seed());
      node.set("currency", Scalars.CURRENCY.write(value.currency()));
      node.set("presentValueP5", Scalars.DECIMAL_STRING.write(value.presentValueP5()));
      node.set("presentValueP50", Scalars.DECIMAL_STRING.write(value.presentValueP50()));
      node.set("presentValueP95", Scalars.DECIMAL_STRING.write(value.presentValueP95()));
      node.set("ratioP5", Scalars.DECIMAL_STRING.write(value.ratioP5()));
      node.set("ratioP50", Scalars.DECIMAL_STRING.write(value.ratioP50()));
      node.set("ratioP95", Scalars.DECIMAL_STRING.write(value.ratioP95()));
      return node;
    }
  };

  private SensitivityJson() {}
}
