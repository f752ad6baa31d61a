package uk.gov.lancashire.socialvalue.needs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;

/**
 * Needs weights for one area: how much of the area's need each measure, outcome or priority addresses,
 * as non-negative shares that add up to exactly 1.
 *
 * <p><b>How they are made.</b> The raw need of a target {@code t} is {@code Σ link weight × relative
 * gap} over the {@link IndicatorLink}s to {@code t} (see {@link #needs()}); its weight is its raw need
 * divided by the total raw need. Each weight is a decimal with {@value #SCALE} places: every share is
 * first rounded down, then the units of the last place left over (fewer than the number of targets)
 * go one each to the targets with the largest exact remainders, ties to the smaller key (the
 * largest-remainder method). So the weights add up to exactly 1, each is within one unit of the last
 * place of its exact share, and a target with no need gets exactly 0.
 *
 * <p><b>When there are none.</b> If a linked indicator has no observation for the area, or no linked
 * indicator shows any gap (total need zero), there are no weights: {@link #weights()} is empty and
 * {@link #problems()} says why. A missing figure is never read as zero need.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> what is weighted: a {@link uk.gov.lancashire.socialvalue.framework.MeasureCode}, or an
 *     outcome or priority id
 * @param areaId the area's id
 * @param needs each target's raw need, {@code Σ link weight × relative gap}, by key order; the explain
 *     trail behind {@link #weights()}
 * @param weights the weights, largest first (ties by key); empty when {@link #problems()} is not
 * @param problems why there are no weights, if there are none
 */
public record NeedsWeights<K extends Comparable<? super K>>(String areaId, Map<K, BigDecimal> needs,
    Map<K, BigDecimal> weights, List<Problem> problems) {

  /** The number of decimal places of every weight. */
  public static final int SCALE = 12;

  private static final BigInteger ONE_IN_UNITS = BigInteger.TEN.pow(SCALE);

  /**
   * Checks the weights: none while there are problems, otherwise one per target with a need, adding up
   * to exactly 1; copies the maps (keeping their order) and the problems.
   *
   * @param areaId the area's id
   * @param needs each target's raw need
   * @param weights the weights, largest first
   * @param problems why there are no weights, if there are none
   * @throws uk.gov.lancashire.socialvalue.basics.ValidationException when the weights break a rule
   */
  public NeedsWeights {
    Objects.requireNonNull(areaId, "areaId");
    needs = Args.copyOf(needs, "needs");
    weights = Args.copyOf(weights, "weights");
    problems = Args.copyOf(problems, "problems");
    if (!problems.isEmpty() && !weights.isEmpty()) {
      throw uk.gov.lancashire.socialvalue.basics.ValidationException.of("weights",
          "must be empty while there are problems");
    }
    if (problems.isEmpty() && (!needs.keySet().containsAll(weights.keySet())
        || weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.ONE) != 0)) {
      throw uk.gov.lancashire.socialvalue.basics.ValidationException.of("weights",
          "must be weights of the targets adding up to exactly 1");
    }
  }

  /**
   * Makes weights from raw needs.
   *
   * @param <K> the key type
   * @param areaId the area
   * @param needs the raw need of each target, non-negative
   * @param problems problems found while gathering the needs; when any, no weights are made
   * @return the weights
   */
  static <K extends Comparable<? super K>> NeedsWeights<K> of(
      String areaId, Map<K, BigDecimal> needs, List<Problem> problems) {
    Map<K, BigDecimal> orderedNeeds = new LinkedHashMap<>();
    needs.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> orderedNeeds.put(e.getKey(), e.getValue()));
    List<Problem> found = new ArrayList<>(problems);
    BigDecimal total = needs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<K, BigDecimal> weights = Map.of();
    if (found.isEmpty() && total.signum() == 0) {
      found.add(Problem.at(ProblemPath.of("areas").key(areaId),
          "no linked indicator shows a gap, so there is no need to weight"));
    }
    if (found.isEmpty()) {
      weights = allocate(orderedNeeds, total);
    }
    return new NeedsWeights<>(areaId, orderedNeeds, weights, found);
  }

  private static <K extends Comparable<? super K>> Map<K, BigDecimal> allocate(Map<K, BigDecimal> needs, BigDecimal total) {
    Map<K, BigInteger> units = new LinkedHashMap<>();
    Map<K, BigDecimal> remainders = new LinkedHashMap<>();
    BigInteger allocated = BigInteger.ZERO;
    for (Map.Entry<K, BigDecimal> e : needs.entrySet()) {
      BigDecimal scaled = e.getValue().movePointRight(SCALE);
      BigInteger floor = scaled.divide(total, 0, RoundingMode.DOWN).toBigIntegerExact();
      units.put(e.getKey(), floor);
      // scaled − floor × total: the exact remainder over the common denominator `total`
      remainders.put(e.getKey(), scaled.subtract(total.multiply(new BigDecimal(floor))));
      allocated = allocated.add(floor);
    }
    int left = ONE_IN_UNITS.subtract(allocated).intValueExact();
    Comparator<K> byRemainder = Comparator.<K, BigDecimal>comparing(remainders::get).reversed()
        .thenComparing(Comparator.naturalOrder());
    needs.keySet().stream().sorted(byRemainder).limit(left)
        .forEach(k -> units.put(k, units.get(k).add(BigInteger.ONE)));
    Map<K, BigDecimal> weights = new LinkedHashMap<>();
    Comparator<K> byWeight = Comparator.<K, BigInteger>comparing(units::get).reversed()
        .thenComparing(Comparator.naturalOrder());
    needs.keySet().stream().sorted(byWeight).forEach(k -> weights.put(k, new BigDecimal(units.get(k), SCALE)));
    return weights;
  }

  /**
   * @param key a target
   * @return its weight, zero when it has none
   */
  public BigDecimal weight(K key) {
    return weights.getOrDefault(key, BigDecimal.ZERO);
  }

  /** @return true when there are weights */
  public boolean isComplete() {
    return problems.isEmpty();
  }

  /** @return the area and its weights, or its problems */
  @Override
  public String toString() {
    return "NeedsWeights{" + areaId + ": " + (isComplete() ? weights : problems) + "}";
  }
}
