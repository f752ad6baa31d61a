/**
 * The shape declarations for the core's {@code delivery} package (not exported): {@link
 * uk.gov.lancashire.socialvalue.json.delivery.DeliveryJson} and {@link uk.gov.lancashire.socialvalue.json.delivery.DeliveryReports}.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.json.delivery;

import org.jspecify.annotations.NullMarked;
