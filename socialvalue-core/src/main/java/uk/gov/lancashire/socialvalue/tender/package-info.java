/**
 * Tender evaluation that survives a challenge: {@link uk.gov.lancashire.socialvalue.tender.Bid bids} with
 * their social value {@link uk.gov.lancashire.socialvalue.tender.Commitment commitments}, an {@link
 * uk.gov.lancashire.socialvalue.tender.EvaluationScheme evaluation scheme} (weighted sum or price per
 * quality point; monetised or qualitative-only social value; a declared {@link
 * uk.gov.lancashire.socialvalue.tender.UnresolvedFlagPolicy policy for unresolved flags}; an optional
 * {@link uk.gov.lancashire.socialvalue.tender.AbnormallyLowPriceRule abnormally-low-price rule}), exact
 * scores and credibility flags that explain themselves with the structured {@link
 * uk.gov.lancashire.socialvalue.basics.Explanation} a valuation gives (a flag says where with a {@link
 * uk.gov.lancashire.socialvalue.basics.ProblemPath}), the panel's {@link
 * uk.gov.lancashire.socialvalue.tender.ModerationDecision moderation decisions}, a final or provisional
 * deterministic ranking, and one {@link uk.gov.lancashire.socialvalue.tender.AssessmentSummary assessment
 * summary} per bidder (Procurement Act 2023 s.50). The entry point is {@link
 * uk.gov.lancashire.socialvalue.tender.TenderEvaluator}; commitments are valued through {@link
 * uk.gov.lancashire.socialvalue.framework.CommitmentValuer}, pinned to the proxy edition named at tender
 * time; a policy's {@link uk.gov.lancashire.socialvalue.tender.MinimumSocialValueWeighting minimum social
 * value weighting} is data with a validity period.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.tender;

import org.jspecify.annotations.NullMarked;
