/**
 * The shape declarations for the core's {@code portfolio} package (not exported): {@link
 * uk.gov.lancashire.socialvalue.json.portfolio.PortfolioJson}.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.json.portfolio;

import org.jspecify.annotations.NullMarked;
