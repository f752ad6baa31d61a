/**
 * Portfolio reporting: {@link uk.gov.lancashire.socialvalue.portfolio.PortfolioFact facts} from any
 * number of contracts roll up into a {@link uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate}
 * (the entry point), a commutative monoid that views by priority, theme, outcome, measure, supplier,
 * contract, locality, financial year and stage; and the {@link
 * uk.gov.lancashire.socialvalue.portfolio.AnnualStatement annual social value statement}. For portfolios
 * of millions of records, {@link uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup} is the fast,
 * streaming entry point: it values and sums records in primitive exact arithmetic and gives the same
 * views by priority, theme and financial year, to the last digit, as {@link
 * uk.gov.lancashire.socialvalue.portfolio.RollupTotals}; records held as columns go in a batch at a time
 * as {@link uk.gov.lancashire.socialvalue.portfolio.QuantityColumns}.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.portfolio;

import org.jspecify.annotations.NullMarked;
