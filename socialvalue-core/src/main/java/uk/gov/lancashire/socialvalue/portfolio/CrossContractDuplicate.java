package uk.gov.lancashire.socialvalue.portfolio;

import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.delivery.CountedRecord;

/**
 * A record one contract counted that the portfolio does not, because the same claim (claim key, measure
 * and period, or claim key and measure for a first-year-only measure) is already counted in full on
 * other contracts: reported, never silently dropped.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param contract the contract whose record is not counted in the portfolio
 * @param record the record
 * @param keptContract the contract whose record of the same claim counts
 * @param keptRecord the id of that record
 * @param explanation why, structured like a delivery {@code Exclusion}: its title in words a council officer can
 *     act on, entries for the rule, the claim, the measure, the record's share, the shares already counted,
 *     the contract and record kept and why that one was kept
 */
public record CrossContractDuplicate(String contract, CountedRecord record, String keptContract, String keptRecord,
    Explanation explanation) {

  /**
   * Checks every component is present.
   *
   * @param contract see the record description
   * @param record see the record description
   * @param keptContract see the record description
   * @param keptRecord see the record description
   * @param explanation see the record description
   */
  public CrossContractDuplicate {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(keptContract, "keptContract");
    Objects.requireNonNull(keptRecord, "keptRecord");
    Objects.requireNonNull(explanation, "explanation");
  }
}
