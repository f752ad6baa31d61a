package uk.gov.lancashire.socialvalue.json;

import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;

/** {@link FinancialQuarter} as {@code "2024/25-Q1"}. */
final class FinancialQuarterJson {

  /** The codec. */
  static final TextCodec<FinancialQuarter> CODEC =
      TextCodec.of(FinancialQuarter::parse, FinancialQuarter::toString);

  private FinancialQuarterJson() {}
}
