/**
 * Tender evaluation: {@link uk.gov.lancashire.socialvalue.tender.Bid bids} with their social value
 * {@link uk.gov.lancashire.socialvalue.tender.Commitment commitments}, an {@link
 * uk.gov.lancashire.socialvalue.tender.EvaluationScheme evaluation scheme} whose criterion weights add
 * up to 100, exact scores with explanations, credibility flags and a deterministic ranking. The entry
 * point is {@link uk.gov.lancashire.socialvalue.tender.TenderEvaluator}; commitments are valued through
 * {@link uk.gov.lancashire.socialvalue.framework.CommitmentValuer}, pinned to the proxy edition named at
 * tender time.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.tender;

import org.jspecify.annotations.NullMarked;
