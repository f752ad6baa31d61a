/**
 * Portfolio reporting: {@link uk.gov.lancashire.socialvalue.portfolio.PortfolioFact facts} from any
 * number of contracts roll up into a {@link uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate}
 * (the entry point), a commutative monoid that views by priority, theme, outcome, measure, supplier,
 * contract, locality, financial year and stage; and the {@link
 * uk.gov.lancashire.socialvalue.portfolio.AnnualStatement annual social value statement}.
 */
package uk.gov.lancashire.socialvalue.portfolio;
