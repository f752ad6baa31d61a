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
 * both builders implement {@link Builder}, and code that reads or writes them is written once.
 */
public interface ReportedActivity {

  /**
   * The setters the builders of a {@link DeliveryRecord} and a {@link SharedResource} have in common (the
   * generated builders implement them), so that code filling in the reported attributes is written once.
   *
   * @param <B> the builder itself
   */
  interface Builder<B extends Builder<B>> {
    /**
     * @param id the id
     * @return this builder
     */
    B id(String id);

    /**
     * @param period the reporting period
     * @return this builder
     */
    B period(FinancialQuarter period);

    /**
     * @param measure the measure delivered
     * @return this builder
     */
    B measure(MeasureCode measure);

    /**
     * @param quantity the quantity, in the measure's unit
     * @return this builder
     */
    B quantity(BigDecimal quantity);

    /**
     * @param supplier the reporting supplier's id
     * @return this builder
     */
    B supplier(String supplier);

    /**
     * @param status how far it has been checked
     * @return this builder
     */
    B status(RecordStatus status);

    /**
     * @param evidence references to the evidence, added
     * @return this builder
     */
    B addAllEvidence(Iterable<String> evidence);

    /**
     * @param claimKey the person or asset claimed
     * @return this builder
     */
    B claimKey(String claimKey);

    /**
     * @param location where it happened
     * @return this builder
     */
    B location(Location location);

    /**
     * @param employmentStart the person's employment start
     * @return this builder
     */
    B employmentStart(LocalDate employmentStart);
  }

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
