package uk.gov.lancashire.socialvalue.portfolio;

import java.util.List;
import uk.gov.lancashire.socialvalue.basics.Args;

/**
 * The facts of several contracts' counted delivery, with each claim counted once across the portfolio,
 * and every record left out for that reason.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param facts the facts, every contract's, without the cross-contract duplicates
 * @param duplicates each record not counted because its claim counts on another contract
 */
public record PortfolioCount(List<PortfolioFact> facts, List<CrossContractDuplicate> duplicates) {

  /**
   * Copies both lists.
   *
   * @param facts see the record description
   * @param duplicates see the record description
   */
  public PortfolioCount {
    facts = Args.copyOf(facts, "facts");
    duplicates = Args.copyOf(duplicates, "duplicates");
  }

  /** @return the facts' aggregate */
  public PortfolioAggregate aggregate() {
    return PortfolioAggregate.of(facts);
  }
}
