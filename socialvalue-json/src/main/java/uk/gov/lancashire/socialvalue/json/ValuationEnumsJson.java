package uk.gov.lancashire.socialvalue.json;

import java.math.RoundingMode;
import java.util.Map;
import uk.gov.lancashire.socialvalue.discounting.TimingConvention;
import uk.gov.lancashire.socialvalue.valuation.DeadweightModel;
import uk.gov.lancashire.socialvalue.valuation.OutcomeStart;

/**
 * The valuation enums as stable lower-case names ({@code next-period}, {@code rising-deadweight},
 * {@code sroi-value-map}, {@code half-up}). The tables are the wire format: change a name only with a
 * new format version.
 */
final class ValuationEnumsJson {

  /** {@link OutcomeStart}. */
  static final EnumNames<OutcomeStart> START = EnumNames.of(OutcomeStart.class, "outcome start", Map.of(
      OutcomeStart.SAME_PERIOD, "same-period",
      OutcomeStart.NEXT_PERIOD, "next-period"));

  /** {@link DeadweightModel}. */
  static final EnumNames<DeadweightModel> MODEL = EnumNames.of(DeadweightModel.class, "deadweight model", Map.of(
      DeadweightModel.DROP_OFF, "drop-off",
      DeadweightModel.RISING_DEADWEIGHT, "rising-deadweight"));

  /** {@link TimingConvention}. */
  static final EnumNames<TimingConvention> TIMING = EnumNames.of(TimingConvention.class, "timing convention",
      Map.of(TimingConvention.GREEN_BOOK, "green-book", TimingConvention.SROI_VALUE_MAP, "sroi-value-map"));

  /** {@link RoundingMode}. */
  static final EnumNames<RoundingMode> ROUNDING = EnumNames.of(RoundingMode.class, "rounding mode", Map.of(
      RoundingMode.UP, "up",
      RoundingMode.DOWN, "down",
      RoundingMode.CEILING, "ceiling",
      RoundingMode.FLOOR, "floor",
      RoundingMode.HALF_UP, "half-up",
      RoundingMode.HALF_DOWN, "half-down",
      RoundingMode.HALF_EVEN, "half-even",
      RoundingMode.UNNECESSARY, "unnecessary"));

  private ValuationEnumsJson() {}
}
