/**
 * The shape declarations for the core's {@code delivery} package (not exported): {@link
 * uk.gov.lancashire.socialvalue.json.delivery.DeliveryJson} and {@link uk.gov.lancashire.socialvalue.json.delivery.DeliveryReports}.
 */
package uk.gov.lancashire.socialvalue.json.delivery;
