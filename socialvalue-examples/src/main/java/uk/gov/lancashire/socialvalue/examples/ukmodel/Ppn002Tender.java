package uk.gov.lancashire.socialvalue.examples.ukmodel;

import java.math.BigDecimal;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.tender.Criterion;
import uk.gov.lancashire.socialvalue.tender.EvaluationScheme;
import uk.gov.lancashire.socialvalue.tender.Tender;

/**
 * The Lancashire highways tender re-run under a PPN 002 style scheme on the {@link UkSocialValueModel}:
 * quality 30 / price 60 / social value 10, the social value a single qualitative criterion marked on a
 * declared 0 / 20 / 40 / 70 / 100 scale against Outcome 1 (Fair work) and Outcome 6 (Employment and
 * training), award criteria MAC 1a and MAC 1c, with no measure shortlist and no monetised offer. The
 * scale is illustrative: PPN 002 prescribes none that could be found.
 */
public final class Ppn002Tender {

  /** The id of the social value criterion. */
  public static final String SOCIAL_VALUE = "social-value";
  /** The marks the panel may give. */
  public static final List<BigDecimal> SCALE = List.of(BigDecimal.ZERO, BigDecimal.valueOf(20), BigDecimal.valueOf(40),
      BigDecimal.valueOf(70), BigDecimal.valueOf(100));

  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  private static final String NOT_MONETISED = "not-monetised@ppn002";

  private Ppn002Tender() {}

  /**
   * @param id the tender id
   * @param title the title
   * @param termYears the term
   * @return the tender under the PPN 002 style scheme
   */
  public static Tender tender(String id, String title, int termYears) {
    EvaluationScheme scheme = EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Technical quality", BigDecimal.valueOf(30)),
            Criterion.price(BigDecimal.valueOf(60)),
            Criterion.qualitative(SOCIAL_VALUE, "Social value (PPN 002): fair work, employment and training",
                BigDecimal.TEN, SCALE, List.of("outcome-1", "outcome-6"), List.of("MAC1a", "MAC1c")))
        .build();
    return Tender.builder().id(id).title(title + " (PPN 002 scheme)").termYears(termYears).currency(GBP)
        .scheme(scheme).editionReference(NOT_MONETISED).build();
  }

  /**
   * A bid as the PPN 002 scheme sees it: its price and marks, no monetised commitments (social value is
   * assessed from the method statement).
   *
   * @param bid the bid under the Lancashire scheme
   * @param quality its technical quality mark
   * @param socialValueMark the panel's mark for its social value method statement, on {@link #SCALE}
   * @return the bid under the PPN 002 scheme
   */
  public static Bid asPpn002Bid(Bid bid, BigDecimal quality, BigDecimal socialValueMark) {
    return Bid.builder().bidder(bid.bidder()).price(bid.price()).putAnswers("quality", quality)
        .putAnswers(SOCIAL_VALUE, socialValueMark).deliveryPlan(bid.deliveryPlan()).build();
  }

  /** @return a valuer for a model that monetises nothing: every value is zero */
  public static CommitmentValuer notMonetised() {
    return new CommitmentValuer() {
      @Override
      public String basis() {
        return NOT_MONETISED;
      }

      @Override
      public CurrencyUnit currency() {
        return GBP;
      }

      @Override
      public boolean isValued(MeasureCode measure) {
        return false;
      }

      @Override
      public BigDecimal value(MeasureCode measure, BigDecimal quantity) {
        return BigDecimal.ZERO;
      }
    };
  }
}
