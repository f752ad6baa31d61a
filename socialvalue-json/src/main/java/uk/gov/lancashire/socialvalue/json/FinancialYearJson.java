package uk.gov.lancashire.socialvalue.json;

import uk.gov.lancashire.socialvalue.basics.FinancialYear;

/** {@link FinancialYear} as {@code "2024/25"}. */
final class FinancialYearJson {

  /** The codec. */
  static final TextCodec<FinancialYear> CODEC = TextCodec.of(FinancialYear::parse, FinancialYear::toString);

  private FinancialYearJson() {}
}
