/**
 * National roll-ups on Apache Spark ({@link uk.gov.lancashire.socialvalue.spark.NationalRollup}, the entry point):
 * delivery rows of many councils, read from any DataFrame, checked row by row by the core's own rules
 * and summed to exactly the figures the single-JVM
 * core gives ({@link uk.gov.lancashire.socialvalue.spark.NationalTotals},
 * {@link uk.gov.lancashire.socialvalue.spark.NationalAggregate}).
 */
@NullMarked
package uk.gov.lancashire.socialvalue.spark;

import org.jspecify.annotations.NullMarked;
