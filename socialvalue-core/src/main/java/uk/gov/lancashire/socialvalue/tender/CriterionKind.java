package uk.gov.lancashire.socialvalue.tender;

/** What part of the evaluation a criterion belongs to. */
public enum CriterionKind {
  /** Technical or service quality, scored from marked answers. */
  QUALITY,
  /** Price: the lowest price scores the full weight. */
  PRICE,
  /** The quantitative part of social value: the valued offer (£ or SV%). */
  SOCIAL_VALUE_QUANTITATIVE,
  /** The qualitative part of social value: the delivery plan, scored from marked answers. */
  SOCIAL_VALUE_QUALITATIVE
}
