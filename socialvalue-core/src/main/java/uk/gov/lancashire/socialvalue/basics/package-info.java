/**
 * Basic building blocks shared by every part of the SDK: the Immutables style
 * ({@link uk.gov.lancashire.socialvalue.basics.SocialValueStyle}), problem reporting with paths
 * ({@link uk.gov.lancashire.socialvalue.basics.Problems}, {@link
 * uk.gov.lancashire.socialvalue.basics.ValidationException}, paths built from segments: {@link
 * uk.gov.lancashire.socialvalue.basics.ProblemPath}), partial success ({@link
 * uk.gov.lancashire.socialvalue.basics.Loaded}), argument checks, the exact money bridge ({@link
 * uk.gov.lancashire.socialvalue.basics.Amounts}), rounding for presentation that adds up ({@link
 * uk.gov.lancashire.socialvalue.basics.MoneyRounding}, {@link
 * uk.gov.lancashire.socialvalue.basics.RoundedBreakdown}) and the structured {@link
 * uk.gov.lancashire.socialvalue.basics.Explanation} every figure gives of how it was made.
 *
 * <p><b>One convention for money results.</b> A money figure in a public result is a {@link
 * javax.money.MonetaryAmount} made by {@link uk.gov.lancashire.socialvalue.basics.Amounts#of} with the
 * explicit {@link uk.gov.lancashire.socialvalue.basics.Amounts#CONTEXT}; its exact decimal is {@link
 * uk.gov.lancashire.socialvalue.basics.Amounts#decimal}. Why one type and not a decimal beside it: the
 * currency travels with the figure (a GBP total cannot be added to a EUR one by mistake), JSR-354 is what
 * hosts already speak, and a second accessor for the same figure would let callers and the JSON drift
 * apart. Quantities, rates, factors, ratios, percentages, scores and rounded presentation figures keep
 * {@link java.math.BigDecimal} in their own unit. Delivery progress holds its rules once, in decimals of a
 * stated unit ({@code ProgressFigures}), and reports value as a {@code ValueProgress} whose money figures are
 * amounts in the contract's currency. Two stated exceptions, each explained in its javadoc: a one-way
 * table's moved input, whose unit is a quantity <em>or</em> money, is a decimal in that stated unit, and a
 * portfolio's {@code PortfolioFact} (an input streamed by the million, not a result) carries its value as a
 * decimal beside its currency. A valuation's year-by-year figures ({@code YearValue}'s impact and present
 * value, the present value by period) are amounts like its totals.
 * Engines compute in {@code BigDecimal} (or longs on the fast roll-up path) and wrap a money figure once,
 * where the result is made. Plain results are records whose compact constructors check their invariants
 * and copy their collections; values with builders and cross-field checks stay Immutables.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.basics;

import org.jspecify.annotations.NullMarked;
