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
 */
@NullMarked
package uk.gov.lancashire.socialvalue.basics;

import org.jspecify.annotations.NullMarked;
