/**
 * The JSON wire format of the SDK on Jackson 3. Entry points: {@link
 * uk.gov.lancashire.socialvalue.json.SocialValueJson} (read and write by descriptor, {@code readAny} by
 * format marker, streamed delivery reports), the descriptors in {@link
 * uk.gov.lancashire.socialvalue.json.Documents}, {@link uk.gov.lancashire.socialvalue.json.JsonProblemsException}
 * (every problem with its JSON path) and {@link uk.gov.lancashire.socialvalue.json.SocialValueModule} (the
 * Jackson module). Proxy values from CSV are read by socialvalue-sheets' {@code ProxyValueCsv}.
 *
 * <p>Each shape is declared once, as a property table, in the non-exported package that mirrors its core
 * package ({@code json.framework.FrameworkJson}, {@code json.tender.TenderJson}, ...); the engine that
 * reads, writes and places problems is {@code json.engine}. See {@code docs/json2-guide.md}.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.json;

import org.jspecify.annotations.NullMarked;
