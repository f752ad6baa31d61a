package uk.gov.lancashire.socialvalue.json;

import java.util.Map;
import uk.gov.lancashire.socialvalue.tender.CriterionKind;
import uk.gov.lancashire.socialvalue.tender.FlagKind;
import uk.gov.lancashire.socialvalue.tender.ScoringMethod;

/**
 * The tender enums as stable lower-case names ({@code social-value-quantitative}, {@code lowest-price},
 * {@code sv-percent-above-ceiling}). The tables are the wire format: change a name only with a new
 * format version.
 */
final class TenderEnumsJson {

  /** {@link CriterionKind}. */
  static final EnumNames<CriterionKind> KIND = EnumNames.of(CriterionKind.class, "criterion kind", Map.of(
      CriterionKind.QUALITY, "quality",
      CriterionKind.PRICE, "price",
      CriterionKind.SOCIAL_VALUE_QUANTITATIVE, "social-value-quantitative",
      CriterionKind.SOCIAL_VALUE_QUALITATIVE, "social-value-qualitative"));

  /** {@link ScoringMethod}. */
  static final EnumNames<ScoringMethod> METHOD = EnumNames.of(ScoringMethod.class, "scoring method", Map.of(
      ScoringMethod.LOWEST_PRICE, "lowest-price",
      ScoringMethod.RELATIVE_TO_BEST_VALUE, "relative-to-best-value",
      ScoringMethod.RELATIVE_TO_BEST_SV_PERCENT, "relative-to-best-sv-percent",
      ScoringMethod.ABSOLUTE_BANDS, "absolute-bands",
      ScoringMethod.LEVELS, "levels"));

  /** {@link FlagKind}. */
  static final EnumNames<FlagKind> FLAG = EnumNames.of(FlagKind.class, "flag kind", Map.of(
      FlagKind.SV_PERCENT_ABOVE_CEILING, "sv-percent-above-ceiling",
      FlagKind.BEYOND_CONTRACT_TERM, "beyond-contract-term",
      FlagKind.OUTSIDE_SHORTLIST, "outside-shortlist",
      FlagKind.IMPLAUSIBLE_EMPLOYMENT, "implausible-employment",
      FlagKind.NON_POSITIVE_PRICE, "non-positive-price"));

  private TenderEnumsJson() {}
}
