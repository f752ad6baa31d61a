package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * What a supplier reports about one piece of delivered activity. The attributes a {@link DeliveryRecord}
 * and a {@link SharedResource} have in common are declared here, once: both value types inherit them,
 * and code that reads or writes them is written once.
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

  /** @return the id of the supplier that reports it */
  String supplier();

  /** @return how far it has been checked */
  RecordStatus status();

  /** @return references to the evidence (payroll extract, invoice, attendance list) */
  List<String> evidence();

  /** @return the person or asset claimed, when the measure counts people or assets once */
  Optional<String> claimKey();

  /** @return where the delivery happened or whom it benefited, for the locality test */
  Optional<Location> location();

  /**
   * The first day of the claimed person's employment with the supplier. A first-year-only measure (a
   * disadvantaged-group hire) counts within the first 12 months of <em>that person's</em> employment,
   * whichever contract year that falls in (council TOMs guidance, e.g. Torbay Council, "TOMs dos and
   * don'ts", https://www.torbay.gov.uk/council/social-value/toms-dos-and-donts/). Without it the
   * person's first reported period is taken as the start; see {@link ContractDelivery}.
   *
   * @return the person's employment start, when the record reports a person
   */
  Optional<LocalDate> employmentStart();
}
