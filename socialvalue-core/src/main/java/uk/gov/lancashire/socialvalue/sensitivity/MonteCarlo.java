package uk.gov.lancashire.socialvalue.sensitivity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;
import uk.gov.lancashire.socialvalue.valuation.ValuedLine;

/**
 * A seeded Monte Carlo run over declared uncertain inputs, giving the P5 / P50 / P95 band of the
 * present value and the SROI ratio.
 *
 * <p><b>Reproducible.</b> All randomness comes from one {@link SplittableRandom} created from the
 * caller's seed; inputs are sampled draw by draw in declaration order. The same valuation, inputs,
 * draw count and seed always give the same band; there is no global generator.
 *
 * <p><b>Numbers.</b> The engine's exact figures are read once; inside the draw loop the random
 * factors and each draw's PV are {@code double}s, so the loop allocates nothing. Lines with no
 * uncertain input contribute their fixed PV. The percentiles (nearest rank: the
 * {@code ⌈p × n⌉}-th smallest draw) are reported as {@link BigDecimal}s converted from those
 * {@code double}s: a band is an estimate with about 15 significant digits, not an exact money figure.
 *
 * <p>This class has no state.
 */
public final class MonteCarlo {

  private static final int QUANTITY = Parameter.QUANTITY.ordinal();
  private static final int PROXY = Parameter.PROXY.ordinal();
  private static final int DEADWEIGHT = Parameter.DEADWEIGHT.ordinal();
  private static final int DISPLACEMENT = Parameter.DISPLACEMENT.ordinal();
  private static final int ATTRIBUTION = Parameter.ATTRIBUTION.ordinal();
  private static final int DROP_OFF = Parameter.DROP_OFF.ordinal();

  private MonteCarlo() {}

  /**
   * Runs the simulation.
   *
   * @param result a valuation result with a positive investment
   * @param inputs the uncertain inputs, at most one per line and parameter
   * @param draws how many draws, at least 1
   * @param seed the seed
   * @return the band
   */
  public static MonteCarloBand run(ValuationResult result, List<UncertainInput> inputs, int draws, long seed) {
    double investment = Sensitivity.positiveInvestment(result).doubleValue();
    Map<String, Integer> uncertainLines = validate(result, inputs, draws);

    int n = uncertainLines.size();
    double[][] base = new double[n][];
    double[][] current = new double[n][];
    double[][] discount = new double[n][];
    double[][] deadweights = new double[n][];
    boolean[] rising = new boolean[n];
    BigDecimal fixed = BigDecimal.ZERO;
    for (ValuedLine line : result.lines()) {
      Integer k = uncertainLines.get(line.line().id());
      if (k == null) {
        fixed = fixed.add(line.presentValueDecimal());
        continue;
      }
      LineModel model = new LineModel(line);
      base[k] = Arrays.stream(Parameter.values()).mapToDouble(p -> model.base(p).doubleValue()).toArray();
      current[k] = base[k].clone();
      discount[k] = model.discountFactorsAsDoubles();
      deadweights[k] = model.deadweightsAsDoubles();
      rising[k] = model.isRising();
    }
    int m = inputs.size();
    int[] lineOf = new int[m];
    int[] parameterOf = new int[m];
    double[] scale = new double[m];
    Distribution[] distributions = new Distribution[m];
    for (int i = 0; i < m; i++) {
      UncertainInput input = inputs.get(i);
      lineOf[i] = uncertainLines.get(input.lineId());
      parameterOf[i] = input.parameter().ordinal();
      distributions[i] = input.distribution();
      scale[i] = input.parameter() == Parameter.PROXY
          ? result.lines().stream().filter(l -> l.line().id().equals(input.lineId())).findFirst().orElseThrow()
              .priceFactor().doubleValue()
          : 1.0;
    }

    double fixedPv = fixed.doubleValue();
    double[] pv = new double[draws];
    SplittableRandom random = new SplittableRandom(seed);
    for (int d = 0; d < draws; d++) {
      for (int k = 0; k < n; k++) {
        System.arraycopy(base[k], 0, current[k], 0, base[k].length);
      }
      for (int i = 0; i < m; i++) {
        current[lineOf[i]][parameterOf[i]] = distributions[i].sample(random) * scale[i];
      }
      double total = fixedPv;
      for (int k = 0; k < n; k++) {
        total += presentValue(current[k], discount[k], deadweights[k], rising[k]);
      }
      pv[d] = total;
    }
    Arrays.sort(pv);
    return new MonteCarloBand(draws, seed, result.currency(),
        percentile(pv, 5, 1), percentile(pv, 50, 1), percentile(pv, 95, 1),
        percentile(pv, 5, investment), percentile(pv, 50, investment), percentile(pv, 95, investment));
  }

  private static double presentValue(double[] in, double[] discount, double[] deadweights, boolean rising) {
    double start = in[QUANTITY] * in[PROXY] * (1 - in[DISPLACEMENT]) * (1 - in[ATTRIBUTION]);
    double keep = 1 - in[DROP_OFF];
    double decay = 1;
    double sum = 0;
    for (int t = 0; t < discount.length; t++) {
      double deadweight = rising ? deadweights[t] : in[DEADWEIGHT];
      sum += start * (1 - deadweight) * decay * discount[t];
      decay *= keep;
    }
    return sum;
  }

  /** Nearest rank on sorted draws; ratios are PV ÷ investment, a positive divisor keeps the order. */
  private static BigDecimal percentile(double[] sorted, int percent, double divisor) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return BigDecimal.valueOf(sorted[Math.max(rank, 1) - 1] / divisor);
  }

  private static Map<String, Integer> validate(ValuationResult result, List<UncertainInput> inputs, int draws) {
    Problems problems = new Problems();
    problems.check(draws >= 1, "draws", "must be at least 1, was " + draws);
    Map<String, LineModel> models = new LinkedHashMap<>();
    result.lines().forEach(l -> models.put(l.line().id(), new LineModel(l)));
    Map<String, Integer> uncertain = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < inputs.size(); i++) {
      UncertainInput input = inputs.get(i);
      String path = "inputs[" + i + "]";
      LineModel model = models.get(input.lineId());
      if (!problems.check(model != null, path + ".lineId", "no line '" + input.lineId() + "'")) {
        continue;
      }
      problems.check(seen.add(input.lineId() + "/" + input.parameter()), path,
          "duplicate declaration of " + input.parameter() + " for line '" + input.lineId() + "'");
      problems.check(model.applies(input.parameter()), path + ".parameter",
          input.parameter() + " is not an input of line '" + input.lineId() + "' (rising-deadweight model)");
      if (input.parameter().isFraction()) {
        problems.check(input.distribution().min().signum() >= 0 && input.distribution().max().compareTo(BigDecimal.ONE) <= 0,
            path + ".distribution", "a fraction's distribution must lie within [0, 1], was " + input.distribution());
      }
      uncertain.putIfAbsent(input.lineId(), uncertain.size());
    }
    problems.throwIfAny();
    return uncertain;
  }
}
