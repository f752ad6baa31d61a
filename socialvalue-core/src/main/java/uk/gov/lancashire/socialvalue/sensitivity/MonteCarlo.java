package uk.gov.lancashire.socialvalue.sensitivity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
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
 * <p><b>Numbers: ranks found with doubles, figures reported exactly.</b> The run has two passes over
 * the same random sequence. The first pass only ranks the draws: the random factors and each draw's PV
 * are {@code double}s, so the loop allocates nothing, and lines with no uncertain input contribute
 * their fixed PV. The draws are sorted by that approximate PV and the draw at each percentile's rank
 * is picked (nearest rank: the {@code ⌈p × n⌉}-th smallest draw; among draws whose {@code double} PVs
 * are equal, the earliest). The ratio is PV ÷ the fixed investment, so the same draws rank it. The
 * second pass regenerates the samples from the same seed and, for just those (at most three) draws,
 * values every uncertain line exactly, with the engine's formulas at {@link Valuation#MATH_CONTEXT}.
 * Each sample is a random input, not money: it enters the exact valuation as {@link
 * BigDecimal#valueOf(double)} of the {@code double} drawn (kept within its distribution's exact
 * bounds), a sampled proxy then being restated to the price base as the engine restates it. So each
 * reported PV is the engine's exact PV of the valuation with the uncertain inputs set to that draw's
 * samples, and each ratio is that PV ÷ the investment at {@link Valuation#MATH_CONTEXT}. Draws whose
 * PVs agree to about 15 significant digits may be ranked in either order.
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
  private static final MathContext MC = Valuation.MATH_CONTEXT;

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
    BigDecimal investment = Sensitivity.positiveInvestment(result);
    Map<String, Integer> uncertainLines = validate(result, inputs, draws);

    int n = uncertainLines.size();
    LineModel[] models = new LineModel[n];
    double[][] base = new double[n][];
    double[][] current = new double[n][];
    double[][] discount = new double[n][];
    double[][] deadweights = new double[n][];
    boolean[] rising = new boolean[n];
    BigDecimal fixed = BigDecimal.ZERO;
    for (ValuedLine line : result.lines()) {
      Integer k = uncertainLines.get(line.line().id());
      if (k == null) {
        fixed = fixed.add(Amounts.decimal(line.presentValue()));
        continue;
      }
      LineModel model = new LineModel(line);
      models[k] = model;
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
    double[][] bounds = new double[m][];
    for (int i = 0; i < m; i++) {
      UncertainInput input = inputs.get(i);
      lineOf[i] = uncertainLines.get(input.lineId());
      parameterOf[i] = input.parameter().ordinal();
      distributions[i] = input.distribution();
      bounds[i] = distributions[i].doubleBounds();
      scale[i] = input.parameter() == Parameter.PROXY ? models[lineOf[i]].priceFactor().doubleValue() : 1.0;
    }

    double fixedPv = fixed.doubleValue();
    double[] pv = new double[draws];
    SplittableRandom random = new SplittableRandom(seed);
    for (int d = 0; d < draws; d++) {
      for (int k = 0; k < n; k++) {
        System.arraycopy(base[k], 0, current[k], 0, base[k].length);
      }
      for (int i = 0; i < m; i++) {
        current[lineOf[i]][parameterOf[i]] = sample(distributions[i], bounds[i], random) * scale[i];
      }
      double total = fixedPv;
      for (int k = 0; k < n; k++) {
        total += presentValue(current[k], discount[k], deadweights[k], rising[k]);
      }
      pv[d] = total;
    }
    double[] sorted = pv.clone();
    Arrays.sort(sorted);
    int[] selected = {drawAt(pv, sorted, 5), drawAt(pv, sorted, 50), drawAt(pv, sorted, 95)};

    double[][] samples = resample(seed, distributions, bounds, selected);
    BigDecimal[] exact = new BigDecimal[selected.length];
    for (int j = 0; j < selected.length; j++) {
      exact[j] = j > 0 && selected[j] == selected[j - 1]
          ? exact[j - 1]
          : exactPresentValue(samples[j], fixed, models, lineOf, distributions, inputs);
    }
    CurrencyUnit currency = result.currency();
    return new MonteCarloBand(draws, seed, Amounts.of(exact[0], currency), Amounts.of(exact[1], currency),
        Amounts.of(exact[2], currency),
        exact[0].divide(investment, MC), exact[1].divide(investment, MC), exact[2].divide(investment, MC));
  }

  private static double sample(Distribution distribution, double[] bounds, SplittableRandom random) {
    return distribution.sample(random, bounds[0], bounds[1], bounds[2]);
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

  /**
   * Nearest rank on the draws' approximate PVs: the index of the earliest draw whose PV equals the
   * {@code ⌈p × n⌉}-th smallest.
   */
  private static int drawAt(double[] pv, double[] sorted, int percent) {
    int rank = Math.max((int) Math.ceil(percent / 100.0 * sorted.length), 1);
    double value = sorted[rank - 1];
    int d = 0;
    while (Double.compare(pv[d], value) != 0) { // compare, not !=: a NaN PV is its own rank
      d++;
    }
    return d;
  }

  /** Replays the seeded sequence of the first pass and keeps the samples of the selected draws. */
  private static double[][] resample(long seed, Distribution[] distributions, double[][] bounds, int[] selected) {
    int last = Arrays.stream(selected).max().orElseThrow();
    double[][] samples = new double[selected.length][];
    double[] row = new double[distributions.length];
    SplittableRandom random = new SplittableRandom(seed);
    for (int d = 0; d <= last; d++) {
      for (int i = 0; i < distributions.length; i++) {
        row[i] = sample(distributions[i], bounds[i], random);
      }
      for (int j = 0; j < selected.length; j++) {
        if (selected[j] == d) {
          samples[j] = row.clone();
        }
      }
    }
    return samples;
  }

  /** The engine's exact PV with every uncertain input set to its sample in one draw. */
  private static BigDecimal exactPresentValue(double[] sample, BigDecimal fixed, LineModel[] models, int[] lineOf,
      Distribution[] distributions, List<UncertainInput> inputs) {
    List<Map<Parameter, BigDecimal>> overrides = new ArrayList<>();
    for (int k = 0; k < models.length; k++) {
      overrides.add(new EnumMap<>(Parameter.class));
    }
    for (int i = 0; i < sample.length; i++) {
      Parameter parameter = inputs.get(i).parameter();
      BigDecimal value = distributions[i].decimal(sample[i]);
      if (parameter == Parameter.PROXY) {
        value = value.multiply(models[lineOf[i]].priceFactor());
      }
      overrides.get(lineOf[i]).put(parameter, value);
    }
    BigDecimal total = fixed;
    for (int k = 0; k < models.length; k++) {
      total = total.add(models[k].presentValueWith(overrides.get(k)));
    }
    return total;
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
      ProblemPath path = ProblemPath.of("inputs").index(i);
      LineModel model = models.get(input.lineId());
      if (!problems.check(model != null, path.property("lineId"), "no line '" + input.lineId() + "'")) {
        continue;
      }
      problems.check(seen.add(input.lineId() + "/" + input.parameter()), path,
          "duplicate declaration of " + input.parameter() + " for line '" + input.lineId() + "'");
      problems.check(model.applies(input.parameter()), path.property("parameter"),
          input.parameter() + " is not an input of line '" + input.lineId() + "' (rising-deadweight model)");
      if (input.parameter().isFraction()) {
        problems.check(input.distribution().min().signum() >= 0 && input.distribution().max().compareTo(BigDecimal.ONE) <= 0,
            path.property("distribution"), "a fraction's distribution must lie within [0, 1], was " + input.distribution());
      }
      uncertain.putIfAbsent(input.lineId(), uncertain.size());
    }
    problems.throwIfAny();
    return uncertain;
  }
}
