/**
 * Price bases: restating money values between price years with a user-supplied price index series
 * such as a GDP deflator (HM Treasury Green Book). The entry point is {@link
 * uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries}: {@code V_target = V × I_target ÷ I_base}.
 * Index series are user data; the SDK ships none, and every valuation records the series it used.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.pricebase;

import org.jspecify.annotations.NullMarked;
