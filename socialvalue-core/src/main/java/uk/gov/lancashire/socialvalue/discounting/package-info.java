/**
 * Discounting as data: rate schedules ({@link uk.gov.lancashire.socialvalue.discounting.DiscountSchedule},
 * the entry point: flat, zero, the HM Treasury Green Book declining schedule, or custom bands) and the
 * two timing conventions ({@link uk.gov.lancashire.socialvalue.discounting.TimingConvention}: Green Book,
 * year 0 undiscounted; SROI value map, first year discounted once).
 */
@NullMarked
package uk.gov.lancashire.socialvalue.discounting;

import org.jspecify.annotations.NullMarked;
