package uk.gov.lancashire.socialvalue.sensitivity;

import java.math.BigDecimal;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/** The one precondition every sensitivity analysis shares: a ratio needs a positive investment. */
final class Sensitivity {

  private Sensitivity() {}

  static BigDecimal positiveInvestment(ValuationResult result) {
    BigDecimal investment = Amounts.decimal(result.investment());
    if (investment.signum() <= 0) {
      throw ValidationException.of("investment",
          "is zero or not given: sensitivity of the SROI ratio needs a positive investment");
    }
    return investment;
  }
}
