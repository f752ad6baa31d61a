/**
 * The valuation engine: from quantities and proxies to social value, present value and returns
 * (SROI practice and the HM Treasury Green Book). Build a {@link uk.gov.lancashire.socialvalue.valuation.Valuation} (the entry point) of
 * {@link uk.gov.lancashire.socialvalue.valuation.OutcomeLine}s, an investment, a discount schedule and
 * a price base; its {@link uk.gov.lancashire.socialvalue.valuation.Valuation#result() result} gives
 * exact totals, the SROI and net SROI ratios, SV%, payback, rounded breakdowns that add up, and an
 * {@link uk.gov.lancashire.socialvalue.basics.Explanation} of every figure.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.valuation;

import org.jspecify.annotations.NullMarked;
