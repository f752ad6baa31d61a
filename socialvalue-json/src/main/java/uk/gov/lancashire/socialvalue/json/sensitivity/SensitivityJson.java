package uk.gov.lancashire.socialvalue.json.sensitivity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.json.engine.EnumNames;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;
import uk.gov.lancashire.socialvalue.json.engine.Shape;
import uk.gov.lancashire.socialvalue.sensitivity.Distribution;
import uk.gov.lancashire.socialvalue.sensitivity.MonteCarloBand;
import uk.gov.lancashire.socialvalue.sensitivity.OneWayTable;
import uk.gov.lancashire.socialvalue.sensitivity.Parameter;
import uk.gov.lancashire.socialvalue.sensitivity.SwitchingValue;
import uk.gov.lancashire.socialvalue.sensitivity.UncertainInput;

/**
 * The JSON forms of the core's {@code sensitivity} package: uncertain inputs, read and written; switching
 * values, one-way tables and Monte Carlo bands, written only.
 */
public final class SensitivityJson {

  /** A parameter of a valuation line. */
  public static final EnumNames<Parameter> PARAMETER = EnumNames.of(Parameter.class, "parameter", Map.of(
      Parameter.QUANTITY, "quantity",
      Parameter.PROXY, "proxy",
      Parameter.DEADWEIGHT, "deadweight",
      Parameter.DISPLACEMENT, "displacement",
      Parameter.ATTRIBUTION, "attribution",
      Parameter.DROP_OFF, "drop-off"));

  /** The kind of a distribution. */
  private enum Kind { UNIFORM, TRIANGULAR }

  private static final EnumNames<Kind> KIND = EnumNames.of(Kind.class, "distribution kind", Map.of(
      Kind.UNIFORM, "uniform",
      Kind.TRIANGULAR, "triangular"));

  /** A uniform or triangular distribution; a triangular one has a mode, a uniform one has none. */
  public static final Shape<Distribution, Shape.Args> DISTRIBUTION = Shape.<Distribution>args(SensitivityJson::distribution)
      .required("kind", KIND, d -> d.isTriangular() ? Kind.TRIANGULAR : Kind.UNIFORM)
      .required("min", Scalars.DECIMAL, Distribution::min)
      .optional("mode", Scalars.DECIMAL, d -> d.isTriangular() ? Optional.of(d.mode()) : Optional.empty())
      .required("max", Scalars.DECIMAL, Distribution::max);

  /** An uncertain input of a Monte Carlo run. */
  public static final Shape<UncertainInput, Shape.Args> UNCERTAIN_INPUT = Shape.<UncertainInput>args(
      a -> UncertainInput.of(a.get("lineId"), a.get("parameter"), a.get("distribution")))
      .required("lineId", Scalars.STRING, UncertainInput::lineId)
      .required("parameter", PARAMETER, UncertainInput::parameter)
      .required("distribution", DISTRIBUTION, UncertainInput::distribution);

  /** Whether a switching value was found. */
  public static final EnumNames<SwitchingValue.Status> STATUS = EnumNames.of(SwitchingValue.Status.class,
      "switching value status", Map.of(
          SwitchingValue.Status.FOUND, "found",
          SwitchingValue.Status.NO_VALUE_REACHES_ONE_TO_ONE, "no-value-reaches-one-to-one",
          SwitchingValue.Status.NOT_APPLICABLE, "not-applicable"));

  /** A switching value (written only). */
  public static final Shape<SwitchingValue, Void> SWITCHING = Shape.<SwitchingValue>written("a switching value",
      "its inputs")
      .required("lineId", Scalars.STRING, SwitchingValue::lineId)
      .required("parameter", PARAMETER, SwitchingValue::parameter)
      .required("current", Scalars.DECIMAL, SwitchingValue::current)
      .required("status", STATUS, SwitchingValue::status)
      .optional("value", Scalars.DECIMAL, SwitchingValue::value)
      .required("note", Scalars.STRING, SwitchingValue::note);

  /** A row of a one-way table (written only). */
  public static final Shape<OneWayTable.Row, Void> ROW = Shape.<OneWayTable.Row>written("a one-way table row",
      "its inputs")
      .required("lineId", Scalars.STRING, OneWayTable.Row::lineId)
      .required("parameter", PARAMETER, OneWayTable.Row::parameter)
      .required("low", Scalars.DECIMAL, OneWayTable.Row::low)
      .required("high", Scalars.DECIMAL, OneWayTable.Row::high)
      .required("ratioLow", Scalars.DECIMAL, OneWayTable.Row::ratioLow)
      .required("ratioHigh", Scalars.DECIMAL, OneWayTable.Row::ratioHigh);

  /** A one-way table (written only). */
  public static final Shape<OneWayTable, Void> TABLE = Shape.<OneWayTable>written("a one-way table", "its inputs")
      .required("step", Scalars.DECIMAL, OneWayTable::step)
      .required("baseRatio", Scalars.DECIMAL, OneWayTable::baseRatio)
      .list("rows", ROW, OneWayTable::rows);

  /** A Monte Carlo band (written only). */
  public static final Shape<MonteCarloBand, Void> BAND = Shape.<MonteCarloBand>written("a Monte Carlo band",
      "its inputs")
      .required("draws", Scalars.INTEGER, MonteCarloBand::draws)
      .required("seed", Scalars.LONG, MonteCarloBand::seed)
      .required("currency", Scalars.CURRENCY, MonteCarloBand::currency)
      .required("presentValueP5", Scalars.DECIMAL, b -> Amounts.decimal(b.presentValueP5()))
      .required("presentValueP50", Scalars.DECIMAL, b -> Amounts.decimal(b.presentValueP50()))
      .required("presentValueP95", Scalars.DECIMAL, b -> Amounts.decimal(b.presentValueP95()))
      .required("ratioP5", Scalars.DECIMAL, MonteCarloBand::ratioP5)
      .required("ratioP50", Scalars.DECIMAL, MonteCarloBand::ratioP50)
      .required("ratioP95", Scalars.DECIMAL, MonteCarloBand::ratioP95);

  private SensitivityJson() {}

  private static Distribution distribution(Shape.Args a) {
    Optional<BigDecimal> mode = a.opt("mode");
    if (a.get("kind") == Kind.TRIANGULAR) {
      if (mode.isEmpty()) {
        throw ValidationException.of("", "a triangular distribution needs a mode");
      }
      return Distribution.triangular(a.get("min"), mode.get(), a.get("max"));
    }
    if (mode.isPresent()) {
      throw ValidationException.of("", "a uniform distribution has no mode");
    }
    return Distribution.uniform(a.get("min"), a.get("max"));
  }
}
