/**
 * The JSON wire format of the SDK on Jackson 3. {@link uk.gov.lancashire.socialvalue.json.SocialValueJson}
 * is the entry point: a ready mapper with safe limits that reads and writes framework, proxy-edition,
 * needs-analysis and strategy-plan documents (and writes needs and progress results for reports),
 * reporting every problem with its JSON path in a {@link
 * uk.gov.lancashire.socialvalue.json.JsonProblemsException}. {@link
 * uk.gov.lancashire.socialvalue.json.SocialValueModule} is the Jackson module behind it, and {@link
 * uk.gov.lancashire.socialvalue.json.ProxyValueCsv} loads proxy values from spreadsheets as a {@link
 * uk.gov.lancashire.socialvalue.basics.Loaded} partial result.
 *
 * <p>Each covered type has one package-private codec, {@code XxxJson}, listed in {@code Codecs}.
 */
package uk.gov.lancashire.socialvalue.json;
