/**
 * Proxy values (£ per unit of a measure, with price year, source and licence) and the versioned
 * {@link uk.gov.lancashire.socialvalue.proxy.ProxyEdition editions} that group them. The SDK ships no
 * licensed values: users load their editions at run time.
 */
package uk.gov.lancashire.socialvalue.proxy;
