/**
 * The shape declarations for the core's {@code portfolio} package (not exported): {@link
 * uk.gov.lancashire.socialvalue.json.portfolio.PortfolioJson}.
 */
package uk.gov.lancashire.socialvalue.json.portfolio;
