package uk.gov.lancashire.socialvalue.sheets;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

final class SheetsFixtures {

  static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

  private SheetsFixtures() {}

  static DeliveryRecord.Builder record(String id, String quantity) {
    return record(id, quantity, RecordStatus.CLAIMED);
  }

  static DeliveryRecord.Builder record(String id, String quantity, RecordStatus status) {
    return DeliveryRecord.builder().id(id).period(FinancialQuarter.parse("2024/25-Q2"))
        .measure(MeasureCode.parse("LT6")).quantity(new BigDecimal(quantity)).supplier("acme")
        .status(status);
  }
}
