/**
 * Supplier returns from spreadsheets: delivery records in one documented column layout ({@link
 * uk.gov.lancashire.socialvalue.sheets.DeliveryColumn}), read from and written to CSV ({@link
 * uk.gov.lancashire.socialvalue.sheets.DeliveryCsv}) as a stream, each bad cell a problem naming its sheet,
 * row and column ({@link uk.gov.lancashire.socialvalue.sheets.CellRef}), the good rows kept; a template
 * for a contract's KPIs and quarters ({@link uk.gov.lancashire.socialvalue.sheets.ReturnsTemplate}); and the
 * proxy values of an edition from CSV ({@link uk.gov.lancashire.socialvalue.sheets.ProxyValueCsv}).
 */
@NullMarked
package uk.gov.lancashire.socialvalue.sheets;

import org.jspecify.annotations.NullMarked;
