/**
 * Basic building blocks shared by every part of the SDK: the Immutables style
 * ({@link uk.gov.lancashire.socialvalue.basics.SocialValueStyle}), problem reporting with paths
 * ({@link uk.gov.lancashire.socialvalue.basics.Problems}, {@link
 * uk.gov.lancashire.socialvalue.basics.ValidationException}), argument checks and the exact money
 * bridge ({@link uk.gov.lancashire.socialvalue.basics.Amounts}).
 */
package uk.gov.lancashire.socialvalue.basics;
