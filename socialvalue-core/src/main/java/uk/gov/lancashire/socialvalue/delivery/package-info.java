/**
 * Contract delivery: a {@link uk.gov.lancashire.socialvalue.delivery.Contract} whose KPIs come from the
 * awarded bid's commitments, scheduled over the quarters of the UK financial year; {@link
 * uk.gov.lancashire.socialvalue.delivery.DeliveryRecord delivery records} reported by every tier of a
 * {@link uk.gov.lancashire.socialvalue.delivery.SupplyChain}; shared resources attributed across
 * contracts; and progress with RAG status, shortfall and forecast. The entry point is {@link
 * uk.gov.lancashire.socialvalue.delivery.ContractDelivery#count}, which enforces the counting rules
 * (FTE-years, first-year-only measures, exclusive groups, one claim per claim key) and reports every
 * record it does not count, with the reason.
 *
 * <p>Money results follow the SDK's one convention ({@link uk.gov.lancashire.socialvalue.basics.Amounts}):
 * a counted record's value, the value by status, a contribution's value and every figure of {@link
 * uk.gov.lancashire.socialvalue.delivery.ValueProgress} (a measure's value progress and the contract's total)
 * are amounts in the contract's currency. The progress rules are held once, in decimals of a stated unit,
 * by {@link uk.gov.lancashire.socialvalue.delivery.ProgressFigures}, which serves quantities and value alike.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.delivery;

import org.jspecify.annotations.NullMarked;
