package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import uk.gov.lancashire.socialvalue.basics.Amounts;

/** The ranking orders and tie detection of {@link TenderEvaluation}, one per {@link AwardMethod}. */
final class Rankings {

  private Rankings() {}

  /**
   * @param method the award method
   * @return the order of the ranking, best first, total over all bids
   */
  static Comparator<BidScore> order(AwardMethod method) {
    return method == AwardMethod.WEIGHTED_SUM ? weightedSum() : pricePerQualityPoint();
  }

  /**
   * @param ranked the bids in rank order
   * @param method the award method
   * @return the groups of adjacent bidders whose ranking key was equal
   */
  static List<List<String>> ties(List<BidScore> ranked, AwardMethod method) {
    BiPredicate<BidScore, BidScore> equal = method == AwardMethod.WEIGHTED_SUM
        ? (a, b) -> a.total().compareTo(b.total()) == 0
        : (a, b) -> hasRatio(a) && hasRatio(b) && compareRatios(a, b) == 0;
    List<List<String>> ties = new ArrayList<>();
    int i = 0;
    while (i < ranked.size()) {
      int j = i + 1;
      while (j < ranked.size() && equal.test(ranked.get(i), ranked.get(j))) {
        j++;
      }
      if (j - i > 1) {
        ties.add(ranked.subList(i, j).stream().map(BidScore::bidder).collect(Collectors.toList()));
      }
      i = j;
    }
    return ties;
  }

  private static Comparator<BidScore> weightedSum() {
    Comparator<BidScore> byTotal = Comparator.comparing(BidScore::total);
    Comparator<BidScore> byPrice = Comparator.comparing(Rankings::priceScore);
    Comparator<BidScore> byOffer = Comparator.comparing((BidScore b) -> Amounts.decimal(b.offer()));
    return byTotal.reversed().thenComparing(byPrice.reversed()).thenComparing(byOffer.reversed())
        .thenComparing(BidScore::bidder);
  }

  /** Lowest exact price ÷ points first (by cross-multiplication), then more points, then bidder; no ratio last. */
  private static Comparator<BidScore> pricePerQualityPoint() {
    Comparator<BidScore> ratioFirst = (a, b) -> {
      boolean ra = hasRatio(a);
      boolean rb = hasRatio(b);
      if (ra != rb) {
        return ra ? -1 : 1;
      }
      return ra ? compareRatios(a, b) : 0;
    };
    return ratioFirst.thenComparing(Comparator.comparing(BidScore::total).reversed()).thenComparing(BidScore::bidder);
  }

  private static boolean hasRatio(BidScore s) {
    return s.pricePerQualityPoint().isPresent();
  }

  /** Compares {@code pa ÷ qa} with {@code pb ÷ qb} exactly as {@code pa × qb} against {@code pb × qa} (q positive). */
  private static int compareRatios(BidScore a, BidScore b) {
    BigDecimal pa = Amounts.decimal(a.bid().price());
    BigDecimal pb = Amounts.decimal(b.bid().price());
    return pa.multiply(b.total()).compareTo(pb.multiply(a.total()));
  }

  private static BigDecimal priceScore(BidScore score) {
    return score.scores().stream().filter(s -> s.criterion().kind() == CriterionKind.PRICE)
        .map(CriterionScore::score).findFirst().orElse(BigDecimal.ZERO);
  }
}
