/**
 * The UK Government Social Value Model (PPN 002) as a second framework, its outcomes mapped to the
 * illustrative Lancashire framework, and one bid scored under both: {@link
 * uk.gov.lancashire.socialvalue.examples.ukmodel.UkSocialValueModel} is the entry point.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.examples.ukmodel;

import org.jspecify.annotations.NullMarked;
