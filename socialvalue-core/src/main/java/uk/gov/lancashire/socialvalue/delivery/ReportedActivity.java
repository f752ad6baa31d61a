package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * What a supplier reports about one piece of delivered activity: the fields a {@link DeliveryRecord} and
 * a {@link SharedResource} have in common, so code that reads or writes them is written once.
 */
public interface ReportedActivity {

  /** @return a stable id, unique within a report */
  String id();

  /** @return the reporting period */
  FinancialQuarter period();

  /** @return the measure delivered */
  MeasureCode measure();

  /** @return the quantity, in the measure's unit (may be negative: disbenefits are kept) */
  BigDecimal quantity();

  /** @return the supplier that reports it */
  String supplier();

  /** @return how far it has been checked */
  RecordStatus status();

  /** @return references to the evidence */
  List<String> evidence();

  /** @return the person or asset claimed, when the measure counts people or assets once */
  Optional<String> claimKey();

  /** @return where it happened, when known */
  Optional<Location> location();
}
