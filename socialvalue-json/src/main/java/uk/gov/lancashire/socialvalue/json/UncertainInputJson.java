package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.sensitivity.Distribution;
import uk.gov.lancashire.socialvalue.sensitivity.Parameter;
import uk.gov.lancashire.socialvalue.sensitivity.UncertainInput;

/**
 * The Monte Carlo inputs, read and written: {@link Distribution}
 * ({@code {"kind": "uniform", "min": "0.1", "max": "0.3"}} or
 * {@code {"kind": "triangular", "min": "0.1", "mode": "0.2", "max": "0.4"}}) and {@link UncertainInput}
 * ({@code {"lineId": "LT6", "parameter": "deadweight", "distribution": {...}}}).
 */
final class UncertainInputJson {

  /** The kind of a distribution. */
  private enum Kind {
    UNIFORM,
    TRIANGULAR
  }

  private static final EnumNames<Kind> KIND = EnumNames.of(Kind.class, "distribution kind", Map.of(
      Kind.UNIFORM, "uniform",
      Kind.TRIANGULAR, "triangular"));

  /** {@link Distribution}. */
  static final JsonCodec<Distribution> DISTRIBUTION = new JsonCodec<>() {
    @Override
    public Distribution read(Cursor in) {
      Fields f = Fields.of(in);
      Kind kind = f.required("kind", KIND);
      BigDecimal min = f.required("min", Scalars.DECIMAL_STRING);
      Optional<BigDecimal> mode = f.optional("mode", Scalars.DECIMAL_STRING);
      BigDecimal max = f.required("max", Scalars.DECIMAL_STRING);
      if (kind == Kind.TRIANGULAR && mode.isEmpty()) {
        in.problem("a triangular distribution needs a mode");
      }
      if (kind == Kind.UNIFORM && mode.isPresent()) {
        in.problem("a uniform distribution has no mode");
      }
      return f.build(() -> kind == Kind.TRIANGULAR
          ? Distribution.triangular(min, mode.orElseThrow(), max)
          : Distribution.uniform(min, max));
    }

    @Override
    public JsonNode write(Distribution value) {
      ObjectNode node = Nodes.object();
      node.set("kind", KIND.write(value.isTriangular() ? Kind.TRIANGULAR : Kind.UNIFORM));
      node.set("min", Scalars.DECIMAL_STRING.write(value.min()));
      if (value.isTriangular()) {
        node.set("mode", Scalars.DECIMAL_STRING.write(value.mode()));
      }
      node.set("max", Scalars.DECIMAL_STRING.write(value.max()));
      return node;
    }
  };

  /** {@link UncertainInput}. */
  static final JsonCodec<UncertainInput> CODEC = new JsonCodec<>() {
    @Override
    public UncertainInput read(Cursor in) {
      Fields f = Fields.of(in);
      String lineId = f.required("lineId", Scalars.STRING);
      Parameter parameter = f.required("parameter", SensitivityJson.PARAMETER);
      Distribution distribution = f.required("distribution", DISTRIBUTION);
      return f.build(() -> UncertainInput.of(lineId, parameter, distribution));
    }

    @Override
    public JsonNode write(UncertainInput value) {
      ObjectNode node = Nodes.object();
      node.put("lineId", value.lineId());
      node.set("parameter", SensitivityJson.PARAMETER.write(value.parameter()));
      node.set("distribution", DISTRIBUTION.write(value.distribution()));
      return node;
    }
  };

  private UncertainInputJson() {}
}
