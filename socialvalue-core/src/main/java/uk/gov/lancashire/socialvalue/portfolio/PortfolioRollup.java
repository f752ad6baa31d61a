package uk.gov.lancashire.socialvalue.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

/**
 * The fast roll-up: values delivery quantities with one pinned proxy edition and sums them by measure
 * and financial year, exactly, at millions of records per second; {@link RollupTotals} then gives the
 * views by priority, theme and financial year.
 *
 * <p><strong>Same answer as the engine.</strong> A record of {@code quantity} of a measure in a year
 * is worth {@code quantity × proxy} (as {@link CommitmentValuer#pinned(ProxyEdition)} values it; zero
 * for a measure the edition does not price), and every view of {@link RollupTotals} equals, to the last
 * digit and scale, the same view of a {@link PortfolioAggregate} of the same facts. Only the arithmetic
 * differs: the plan holds each proxy as an unscaled {@code long} and a scale, and each accumulator
 * cell (one per measure and year) holds its value as an unscaled {@code long} at the largest scale seen,
 * so a record costs a multiplication and an addition, both checked for overflow; a cell whose sum,
 * product or rescaling would overflow continues exactly in {@link BigDecimal}. Nothing is rounded, no
 * Moneta amount is made per record, and priority and theme splits are made once per measure on the
 * exact totals, as the engine makes them. As the engine does, every view refuses to add values whose
 * proxies are in different price years (see {@link RollupTotals}).
 *
 * <p><strong>Streaming and parallel.</strong> An {@link Accumulator} holds a few numbers per measure
 * and year, whatever the number of records, so records can be generated or read one at a time and
 * never held. Accumulators are not thread-safe: give each thread its own and merge them with
 * {@link Accumulator#addAll(Accumulator)} or {@link RollupTotals#combine(RollupTotals)}; exact sums make
 * the result independent of how the records were divided. Records already held as columns (an Arrow
 * batch, a Parquet row group) are added a batch at a time with {@link
 * Accumulator#add(QuantityColumns)}, with the same totals and checks as one at a time.
 *
 * <p><strong>Bounded digits.</strong> A record is refused when it is added, with every other problem of a
 * record, if its quantity or its value ({@code quantity × proxy}, whose scale is the sum of theirs) has more
 * than {@link Args#MAX_DIGITS} digits either side of the point, as a {@link PortfolioFact}'s value may not;
 * for a measure split between priorities by weight, the value may have only as many digits after the point
 * as leave each weighted share ({@code value × weight}) at most {@code MAX_DIGITS}. A quantity of 1,000
 * decimals is accepted, but times a proxy of £250.50 it is refused at {@code quantity} ({@code quantity[i]}
 * in a batch), not later by a view. So {@link Accumulator#result()} and its views hold every total of what
 * was accepted, exactly; a view refuses only a total of more than {@code MAX_DIGITS} digits before the point
 * (a sum of values each within the bound can reach it; no record is at fault). The check costs nothing for
 * the scales of ordinary figures: only a scale near the bound goes the general way and is checked there.
 *
 * <p>The roll-up does not apply counting rules or stages: feed it the records that count at the stage
 * you report (for example the {@link uk.gov.lancashire.socialvalue.delivery.ContractDelivery#counted()
 * counted}, verified records).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PortfolioRollup {

  /**
   * Added to a quantity's scale (at most {@link Args#MAX_DIGITS} either way) for a measure whose proxy
   * is not a long: the sum is never a cell's scale, which is 0, {@link Accumulator#BIG_CELL} or within
   * 2 × {@code MAX_DIGITS} of 0.
   */
  private static final int NEVER_A_SCALE = Integer.MIN_VALUE / 2;

  /**
   * The lowest scale at which every {@code long} quantity has at most {@link Args#MAX_DIGITS} digits before
   * the point (a {@code long} has at most 19 digits), and at which a value summed in a {@code long} cell does:
   * {@link Accumulator#add(int, int, long, int)} checks a quantity only below it or above {@code MAX_DIGITS}.
   */
  static final int LOWEST_LONG_SCALE = 19 - Args.MAX_DIGITS;

  private final Framework framework;
  private final ProxyEdition edition;
  private final MeasureCode[] measures;
  private final Map<MeasureCode, Integer> index;
  private final BigDecimal[] proxy;
  private final boolean[] valued;
  private final boolean[] longProxy;
  private final long[] proxyUnscaled;
  private final int[] proxyScale;
  /** Per measure, for the branch-free common case of {@link Accumulator#add(int, int, long, int)}: see there. */
  private final int[] fastScale;
  private final int[] keepScale;
  /** Per measure, the most digits after the point its value may have: see {@link #valueProblem}. */
  private final int[] maxValueScale;
  /** Per measure, the digits of its proxy before the point (0 for a proxy below 1). */
  private final int[] proxyIntegerDigits;

  private PortfolioRollup(Framework framework, ProxyEdition edition) {
    this.framework = Objects.requireNonNull(framework, "framework");
    this.edition = Objects.requireNonNull(edition, "edition");
    TreeSet<MeasureCode> codes = new TreeSet<>();
    framework.measures().stream().map(Measure::code).forEach(codes::add);
    codes.addAll(edition.values().keySet());
    this.measures = codes.toArray(new MeasureCode[0]);
    this.index = new HashMap<>();
    this.proxy = new BigDecimal[measures.length];
    this.valued = new boolean[measures.length];
    this.longProxy = new boolean[measures.length];
    this.proxyUnscaled = new long[measures.length];
    this.proxyScale = new int[measures.length];
    this.fastScale = new int[measures.length];
    this.keepScale = new int[measures.length];
    this.maxValueScale = new int[measures.length];
    this.proxyIntegerDigits = new int[measures.length];
    for (int m = 0; m < measures.length; m++) {
      index.put(measures[m], m);
      BigDecimal p = edition.proxy(measures[m]).map(v -> Amounts.decimal(v.amount())).orElse(BigDecimal.ZERO);
      proxy[m] = p;
      valued[m] = edition.proxy(measures[m]).isPresent();
      // a long proxy whose scale is within Args.MAX_DIGITS; any other is added in BigDecimal
      longProxy[m] = p.unscaledValue().bitLength() < Long.SIZE && Math.abs(p.scale()) <= Args.MAX_DIGITS;
      proxyUnscaled[m] = valued[m] && longProxy[m] ? p.unscaledValue().longValue() : 0;
      proxyScale[m] = p.scale();
      fastScale[m] = longProxy[m] ? p.scale() : NEVER_A_SCALE;
      keepScale[m] = valued[m] ? 0 : -1;
      maxValueScale[m] = Args.MAX_DIGITS - weightScale(framework, measures[m]);
      proxyIntegerDigits[m] = Math.max(0, p.precision() - p.scale());
    }
  }

  /** @return the most digits after the point of a weight of the measure's alignments, trailing zeros aside */
  private static int weightScale(Framework framework, MeasureCode code) {
    return framework.measure(code).stream().flatMap(m -> m.alignments().stream())
        .flatMap(a -> a.weight().stream()).mapToInt(w -> Math.max(0, w.stripTrailingZeros().scale())).max().orElse(0);
  }

  /**
   * Whether a record of the measure at this quantity scale may have a value beyond the digit bound: false
   * for every scale of ordinary figures, so {@link #valueProblem} need not be asked.
   */
  boolean mayExceed(int measure, int quantityScale) {
    return valued[measure] && (quantityScale + proxyScale[measure] > maxValueScale[measure]
        || quantityScale < LOWEST_LONG_SCALE + proxyIntegerDigits[measure]);
  }

  /**
   * The roll-up's bound on a record's value, {@code quantity × proxy} as {@link CommitmentValuer#pinned}
   * makes it (its scale is the sum of the two scales): at most {@link Args#MAX_DIGITS} digits either side
   * of the point, as {@link PortfolioFact} holds a value, and, for a measure split between priorities by
   * weight, few enough digits after the point that each weighted share has at most {@code MAX_DIGITS}
   * (a share is {@code value × weight}, exactly). The total of such values has at most {@code MAX_DIGITS}
   * digits after the point, so every view can hold it as an amount.
   *
   * @return what is wrong with a record of the measure whose value is {@code value}, or null when nothing is
   */
  @Nullable String valueProblem(int measure, BigDecimal value) {
    if (!valued[measure]) {
      return null;
    }
    long integerDigits = value.signum() == 0 ? 1 : (long) value.precision() - value.scale();
    int weights = Args.MAX_DIGITS - maxValueScale[measure];
    if (integerDigits > Args.MAX_DIGITS) {
      return "times the proxy of " + measures[measure] + " makes a value of more than " + Args.MAX_DIGITS
          + " digits before the point (" + integerDigits + ")";
    }
    if (value.scale() > maxValueScale[measure]) {
      return "times the proxy of " + measures[measure] + " makes a value of more than " + maxValueScale[measure]
          + " digits after the point (scale " + value.scale() + ")" + (weights == 0 ? ""
          : ": its share of a priority by a weight of " + weights + " decimals would have more than "
              + Args.MAX_DIGITS);
    }
    return null;
  }

  /** @return the value of a record of the measure: quantity × proxy, exact */
  BigDecimal value(int measure, long quantityUnscaled, int quantityScale) {
    return BigDecimal.valueOf(quantityUnscaled, quantityScale).multiply(proxy[measure]);
  }

  /**
   * Plans a roll-up.
   *
   * @param framework the framework whose priorities and themes the views use
   * @param edition the pinned edition that values quantities; its currency is the roll-up's
   * @return the plan
   */
  public static PortfolioRollup of(Framework framework, ProxyEdition edition) {
    return new PortfolioRollup(framework, edition);
  }

  /** @return the framework */
  public Framework framework() {
    return framework;
  }

  /** @return the edition that values quantities */
  public ProxyEdition edition() {
    return edition;
  }

  /** @return the currency of every value */
  public CurrencyUnit currency() {
    return edition.currency();
  }

  /** @return how many measures the plan knows: valid indexes are {@code 0 .. measureCount() - 1} */
  public int measureCount() {
    return measures.length;
  }

  /**
   * @param code a measure of the framework or the edition
   * @return its index, for {@link Accumulator#add(int, int, long, int)}
   * @throws ValidationException when neither the framework nor the edition has the measure
   */
  public int measureIndex(MeasureCode code) {
    Integer m = index.get(code);
    if (m == null) {
      throw ValidationException.of("measure", "no measure " + code + " in framework " + framework.id()
          + " or edition " + edition.reference());
    }
    return m;
  }

  /**
   * @param index a measure index
   * @return the measure at that index
   */
  public MeasureCode measure(int index) {
    return measures[index];
  }

  /** @return a new, empty accumulator for one thread */
  public Accumulator accumulator() {
    return new Accumulator(this);
  }

  /**
   * A mutable accumulator: add records, merge other accumulators of the same plan, then take the
   * immutable {@link #result()}. It holds one cell per measure and financial year, whatever the
   * number of records. Not thread-safe; use one per thread.
   */
  public static final class Accumulator {

    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
        10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
        10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L,
        100_000_000_000_000_000L, 1_000_000_000_000_000_000L};

    /** The scale held for a cell whose value is in {@code big}: never a sum of two scales within Args.MAX_DIGITS. */
    private static final int BIG_CELL = Integer.MIN_VALUE;

    private final PortfolioRollup plan;
    private final int width;
    private int baseYear;
    private int years;
    private long[] sum = new long[0];
    private int[] scale = new int[0];
    private long[] count = new long[0];
    private @Nullable BigDecimal[] big = new BigDecimal[0];

    private Accumulator(PortfolioRollup plan) {
      this.plan = plan;
      this.width = plan.measures.length;
    }

    /**
     * Adds one record given as primitives, allocating nothing unless a sum leaves the range of a
     * {@code long}.
     *
     * @param measure the measure's {@linkplain PortfolioRollup#measureIndex(MeasureCode) index}
     * @param financialYear the start year of the record's financial year, e.g. 2024 for 2024/25
     * @param quantityUnscaled the quantity's unscaled value: the quantity is
     *     {@code quantityUnscaled × 10^-quantityScale}, in the measure's unit, after any share
     * @param quantityScale the quantity's scale
     * @throws ValidationException when the measure index is not the plan's, the financial year is outside {@link FinancialYear#of(int)}'s range,
     *     the quantity has more than {@link Args#MAX_DIGITS} digits either side of the point, or its value has
     *     more than the class's bound allows (at {@code quantity}); nothing is added then
     */
    public void add(int measure, int financialYear, long quantityUnscaled, int quantityScale) {
      if (measure < 0 || measure >= width) {
        throw notAMeasure(measure);
      }
      if (quantityScale > Args.MAX_DIGITS || quantityScale < LOWEST_LONG_SCALE) {
        // a quantity that may have too many digits, or a value that may: checked, never the common case
        Args.bounded(BigDecimal.valueOf(quantityUnscaled, quantityScale), "quantity");
        addInGeneral(measure, financialYear, quantityUnscaled, quantityScale);
        return;
      }
      // The common case without a data-dependent branch: a year already held (so already checked by
      // FinancialYear.of in grow), a long cell whose scale is the record's value's scale, and no
      // overflow. A measure the edition does not price keeps its cell's scale and adds 0 × quantity (its
      // proxyUnscaled is 0); a measure with a BigDecimal proxy, or a cell already in BigDecimal, never
      // matches the scale (NEVER_A_SCALE, BIG_CELL) and goes the general way. A value beyond the digit
      // bound never matches either: a long cell's scale is that of values addInGeneral accepted, at most
      // the measure's maxValueScale, and at LOWEST_LONG_SCALE or above a long sum has at most MAX_DIGITS
      // digits before the point.
      // Written out, not through addCommon as the column loop goes: this is the record loop measured as
      // RollupBenchmark.accumulateOnly in BENCHMARKS.md run W (8.14 ± 0.96 ms per 10^6 records, run V 8.38);
      // the version through addCommon was not shown to cost the same, so it was not taken.
      int y = financialYear - baseYear;
      if (y >= 0 && y < years) {
        int cell = y * width + measure;
        int cs = scale[cell];
        int keep = plan.keepScale[measure];
        if (((quantityScale + plan.fastScale[measure]) & ~keep | cs & keep) == cs) {
          long p = plan.proxyUnscaled[measure];
          long v = quantityUnscaled * p;
          long current = sum[cell];
          long r = current + v;
          if (Math.multiplyHigh(quantityUnscaled, p) == (v >> 63) && ((current ^ r) & (v ^ r)) >= 0) {
            sum[cell] = r;
            count[cell]++;
            return;
          }
        }
      }
      addInGeneral(measure, financialYear, quantityUnscaled, quantityScale);
    }

    /**
     * The common case of {@link #add(QuantityColumns)}'s loop (that of {@link #add(int, int, long, int)},
     * on the loop's local copies of the cells): when the cell's scale is the value's scale (or the measure
     * keeps its cell's scale: {@code keep} is -1) and neither the product nor the sum overflows, adds
     * {@code quantity × proxy} and counts the record.
     *
     * @return false, having changed nothing, otherwise
     */
    private static boolean addCommon(long[] sums, int[] scales, long[] counts, int cell, int valueScale, int keep,
        long quantity, long proxy) {
      int cs = scales[cell];
      if ((valueScale & ~keep | cs & keep) != cs) {
        return false;
      }
      long v = quantity * proxy;
      long current = sums[cell];
      long r = current + v;
      if (Math.multiplyHigh(quantity, proxy) != (v >> 63) || ((current ^ r) & (v ^ r)) < 0) {
        return false;
      }
      sums[cell] = r;
      counts[cell]++;
      return true;
    }

    /** {@link #add(int, int, long, int)} for a new year, a new or BigDecimal cell, a scale change or an overflow. */
    private void addInGeneral(int measure, int financialYear, long quantityUnscaled, int quantityScale) {
      if (plan.mayExceed(measure, quantityScale)) {
        checkValue(measure, plan.value(measure, quantityUnscaled, quantityScale));
      }
      int cell = cell(measure, financialYear); // checks the year with FinancialYear.of once per year held
      count[cell]++;
      if (!plan.valued[measure]) {
        return; // valued at an exact zero, which changes no sum (as the pinned valuer's BigDecimal.ZERO)
      }
      if (big[cell] == null && plan.longProxy[measure]) {
        long p = plan.proxyUnscaled[measure];
        long v = quantityUnscaled * p;
        if (Math.multiplyHigh(quantityUnscaled, p) == (v >> 63)
            && addLong(cell, v, quantityScale + plan.proxyScale[measure])) {
          return;
        }
      }
      addBig(cell, BigDecimal.valueOf(quantityUnscaled, quantityScale).multiply(plan.proxy[measure]));
    }

    /**
     * Adds one record of a quantity.
     *
     * @param measure the measure
     * @param year the financial year
     * @param quantity the quantity in the measure's unit, after any share
     * @throws ValidationException when the plan does not know the measure, or the quantity or its value has
     *     more digits than the class's bound allows; nothing is added then
     */
    public void add(MeasureCode measure, FinancialYear year, BigDecimal quantity) {
      Objects.requireNonNull(year, "year");
      Args.bounded(quantity, "quantity");
      add(plan.measureIndex(measure), year.startYear(), quantity);
    }

    /**
     * Adds one record of a quantity, its measure given by its index (for readers that have looked the measure
     * up already): {@link #add(int, int, long, int)} when the quantity's unscaled value fits a {@code long},
     * read without making a {@code BigInteger} for up to 18 digits, and exact {@code BigDecimal} arithmetic
     * otherwise.
     *
     * @param measure the measure's {@linkplain PortfolioRollup#measureIndex(MeasureCode) index}
     * @param financialYear the start year of the record's financial year, e.g. 2024 for 2024/25
     * @param quantity the quantity in the measure's unit, after any share
     * @throws ValidationException when the measure index is not the plan's, the financial year is outside
     *     {@link FinancialYear#of(int)}'s range, or the quantity or its value has more digits than the class's
     *     bound allows; nothing is added then
     */
    public void add(int measure, int financialYear, BigDecimal quantity) {
      int scale = quantity.scale();
      if (quantity.precision() <= 18) {
        add(measure, financialYear, quantity.scaleByPowerOfTen(scale).longValue(), scale);
      } else if (quantity.unscaledValue().bitLength() < Long.SIZE) {
        add(measure, financialYear, quantity.unscaledValue().longValue(), scale);
      } else {
        if (measure < 0 || measure >= width) {
          throw notAMeasure(measure);
        }
        Args.bounded(quantity, "quantity");
        BigDecimal value = quantity.multiply(plan.proxy[measure]);
        checkValue(measure, value);
        int cell = cell(measure, financialYear);
        count[cell]++;
        if (plan.valued[measure]) {
          addBig(cell, value);
        }
      }
    }

    /** Refuses, at {@code quantity}, a record whose value is beyond {@link PortfolioRollup#valueProblem}'s bound. */
    private void checkValue(int measure, BigDecimal value) {
      String problem = plan.valueProblem(measure, value);
      if (problem != null) {
        throw ValidationException.of("quantity", problem);
      }
    }

    /**
     * Adds a delivery record's attributed quantity (quantity × share) in its period's financial year,
     * whatever its status: pass only the records you mean to count.
     *
     * @param record a delivery record
     * @throws ValidationException when the plan does not know its measure, or its attributed quantity or
     *     that quantity's value has more digits than the class's bound allows; nothing is added then
     */
    public void add(DeliveryRecord record) {
      add(record.measure(), record.period().year(), record.attributedQuantity());
    }

    /**
     * Adds every row of a batch of columns: the same records, valued and summed exactly as {@link
     * #add(MeasureCode, FinancialYear, BigDecimal)} would add them one at a time, so the totals are
     * identical to the last digit and scale, in one loop that keeps the accumulator's cells in local
     * variables. The batch is all or nothing: when any row is bad, nothing is added, the accumulator is left
     * as it was, and the exception lists every problem at its place (see {@link QuantityColumns}).
     *
     * <p>Besides its rows, a call costs a look-up of each dictionary code and a copy of the cells held
     * (a few numbers per measure and financial year), so batches of thousands of rows or more pay for it.
     *
     * @param columns the batch, or a slice of one
     * @return this accumulator
     * @throws ValidationException listing every problem when a dictionary code is not one the plan knows,
     *     or a row's measure position is outside the dictionary, its financial year outside {@link
     *     FinancialYear#of(int)}'s range, its quantity beyond {@link Args#MAX_DIGITS} digits or its value
     *     beyond the class's bound (at {@code quantity[i]})
     */
    public Accumulator add(QuantityColumns columns) {
      Objects.requireNonNull(columns, "columns");
      List<MeasureCode> codes = columns.measures();
      int d = codes.size();
      int[] planIndex = new int[d];
      int[] target = new int[d];
      int[] keep = new int[d];
      long[] proxyOf = new long[d];
      @Nullable String[] unknown = new String[d];
      boolean known = true;
      boolean checkFirst = !columns.quantitiesBounded(); // a row may have a quantity or a value beyond the bound
      for (int k = 0; k < d; k++) {
        Integer m = plan.index.get(codes.get(k));
        if (m == null) {
          unknown[k] = "no measure " + codes.get(k) + " in framework " + plan.framework.id() + " or edition "
              + plan.edition.reference();
          known = false;
          continue;
        }
        planIndex[k] = m;
        target[k] = columns.quantityScale() + plan.fastScale[m];
        keep[k] = plan.keepScale[m];
        proxyOf[k] = plan.proxyUnscaled[m];
        checkFirst |= plan.mayExceed(m, columns.quantityScale());
      }
      if (!known) {
        throw Objects.requireNonNull(columns.problems(unknown, plan, planIndex));
      }
      if (checkFirst) {
        // a scale so far below zero that a long quantity may have too many digits, or at which a value may
        // (PortfolioRollup.valueProblem): every row checked first, then added as the record path adds it
        ValidationException refused = columns.problems(unknown, plan, planIndex);
        if (refused != null) {
          throw refused;
        }
        addRows(columns, planIndex, target, keep, proxyOf);
        return this;
      }
      int yearsBefore = years;
      int baseBefore = baseYear;
      long[] sumBefore = sum.clone();
      int[] scaleBefore = scale.clone();
      long[] countBefore = count.clone();
      @Nullable BigDecimal[] bigBefore = big.clone();
      boolean added;
      try {
        added = addRows(columns, planIndex, target, keep, proxyOf);
      } catch (ValidationException e) { // a new financial year FinancialYear.of refuses
        added = false;
      }
      if (!added) {
        years = yearsBefore;
        baseYear = baseBefore;
        sum = sumBefore;
        scale = scaleBefore;
        count = countBefore;
        big = bigBefore;
        throw Objects.requireNonNull(columns.problems(unknown, plan, planIndex));
      }
      return this;
    }

    /**
     * Adds every row of a batch on up to {@code threads} threads: the batch is cut into {@code threads}
     * slices of about equal size ({@link QuantityColumns#rows(int, int)}), each added by its own thread into
     * its own accumulator by {@link ChunkedRollup} (the calling thread takes one), and what they added is
     * merged into this accumulator. The totals are those of {@link #add(QuantityColumns)} on one thread, to
     * the last digit and scale. All or nothing as that: when any row is bad, nothing is added and the
     * exception lists every problem of the whole batch, as one thread lists them.
     *
     * @param columns the batch, or a slice of one
     * @param threads how many threads add, the calling thread included: 1 to {@link ChunkedRollup#MAX_THREADS}
     * @return this accumulator
     * @throws ValidationException when {@code threads} is out of range, or as {@link #add(QuantityColumns)}
     */
    public Accumulator add(QuantityColumns columns, int threads) {
      Objects.requireNonNull(columns, "columns");
      if (threads < 1 || threads > ChunkedRollup.MAX_THREADS) {
        throw ValidationException.of("threads", "must be from 1 to " + ChunkedRollup.MAX_THREADS + ", was " + threads);
      }
      List<QuantityColumns> slices = new ArrayList<>(threads);
      long size = columns.size();
      for (int t = 0; t < threads; t++) {
        slices.add(columns.rows(columns.from() + (int) (size * t / threads),
            columns.from() + (int) (size * (t + 1) / threads)));
      }
      Accumulator added;
      try {
        added = ChunkedRollup.rollUp(plan, slices, () -> (slice, into) -> into.add(slice), threads).accumulator();
      } catch (ValidationException e) {
        // a slice's problems are some of the batch's: one thread lists them all (and adds nothing here)
        plan.accumulator().add(columns);
        throw e;
      }
      return addAll(added);
    }

    /**
     * The loop of {@link #add(QuantityColumns)}: {@link #add(int, int, long, int)}'s common case with the
     * cells and the plan's figures in locals and each dictionary code already looked up; false, part way,
     * at the first row whose measure position is outside the dictionary.
     *
     * @throws ValidationException part way, at the first new financial year {@link FinancialYear#of(int)}
     *     refuses
     */
    private boolean addRows(QuantityColumns columns, int[] planIndex, int[] target, int[] keep, long[] proxyOf) {
      int[] measureColumn = columns.measureColumn();
      int[] yearColumn = columns.financialYearColumn();
      long[] quantityColumn = columns.quantityColumn();
      int quantityScale = columns.quantityScale();
      int d = planIndex.length;
      int to = columns.to();
      long[] sums = sum;
      int[] scales = scale;
      long[] counts = count;
      int base = baseYear;
      int held = years;
      for (int i = columns.from(); i < to; i++) {
        int k = measureColumn[i];
        if (k < 0 || k >= d) {
          return false;
        }
        int year = yearColumn[i];
        long q = quantityColumn[i];
        int y = year - base;
        if (y >= 0 && y < held && addCommon(sums, scales, counts, y * width + planIndex[k], target[k], keep[k], q,
            proxyOf[k])) {
          continue;
        }
        addInGeneral(planIndex[k], year, q, quantityScale); // checks a new year with FinancialYear.of
        sums = sum;
        scales = scale;
        counts = count;
        base = baseYear;
        held = years;
      }
      return true;
    }

    /**
     * Adds everything another accumulator of the same plan holds.
     *
     * @param other another accumulator, left unchanged
     * @return this accumulator
     * @throws ValidationException when the other accumulator belongs to another plan
     */
    public Accumulator addAll(Accumulator other) {
      if (other.plan != plan) {
        throw ValidationException.of("other", "an accumulator of another roll-up plan");
      }
      for (int y = 0; y < other.years; y++) {
        for (int m = 0; m < width; m++) {
          int from = y * width + m;
          if (other.count[from] == 0) {
            continue;
          }
          int cell = cell(m, other.baseYear + y);
          count[cell] += other.count[from];
          if (other.big[from] != null || big[cell] != null || !addLong(cell, other.sum[from], other.scale[from])) {
            addBig(cell, other.value(from));
          }
        }
      }
      return this;
    }

    /** @return an immutable snapshot of what was added */
    public RollupTotals result() {
      Map<FinancialYear, Map<MeasureCode, Sums>> cells = new TreeMap<>();
      for (int y = 0; y < years; y++) {
        for (int m = 0; m < width; m++) {
          int c = y * width + m;
          if (count[c] > 0) {
            Sums s = new Sums();
            s.addPart(value(c), count[c]);
            cells.computeIfAbsent(FinancialYear.of(baseYear + y), k -> new TreeMap<>()).put(plan.measures[m], s);
          }
        }
      }
      return new RollupTotals(plan, cells);
    }

    private BigDecimal value(int cell) {
      return big[cell] != null ? big[cell] : BigDecimal.valueOf(sum[cell], scale[cell]);
    }

    /** Adds v × 10^-s to a long cell; false, leaving the cell unchanged, when it would overflow. */
    private boolean addLong(int cell, long v, int s) {
      long current = sum[cell];
      int cs = scale[cell];
      if (s == cs) { // the usual case: a cell's records share one scale
        long r = current + v;
        if (((current ^ r) & (v ^ r)) < 0) {
          return false;
        }
        sum[cell] = r;
        return true;
      }
      if (s < cs) {
        v = scaleUp(v, cs - s);
        if (v == Long.MIN_VALUE) {
          return false;
        }
      } else if (s > cs) {
        current = scaleUp(current, s - cs);
        if (current == Long.MIN_VALUE) {
          return false;
        }
        cs = s;
      }
      long r = current + v;
      if (((current ^ r) & (v ^ r)) < 0) {
        return false;
      }
      sum[cell] = r;
      scale[cell] = cs;
      return true;
    }

    private void addBig(int cell, BigDecimal v) {
      BigDecimal current = value(cell);
      big[cell] = current.add(v);
      scale[cell] = BIG_CELL; // never a record's scale: add's common case leaves the cell alone
    }

    /** x × 10^digits, or Long.MIN_VALUE (never a multiple of 10, so never a result) when it does not fit. */
    private static long scaleUp(long x, int digits) {
      if (x == 0) {
        return 0;
      }
      if (digits >= POWERS_OF_TEN.length) {
        return Long.MIN_VALUE;
      }
      long p = POWERS_OF_TEN[digits];
      long r = x * p;
      return Math.multiplyHigh(x, p) == (r >> 63) ? r : Long.MIN_VALUE;
    }

    private int cell(int measure, int financialYear) {
      int y = financialYear - baseYear;
      if (y < 0 || y >= years) {
        grow(financialYear);
        y = financialYear - baseYear;
      }
      return y * width + measure;
    }

    private ValidationException notAMeasure(int measure) {
      return ValidationException.of("measure", "index " + measure + " is not one of the plan's 0 to " + (width - 1));
    }

    /**
     * Widens the cells to hold {@code financialYear}. Every year a cell is added for is checked by
     * {@link FinancialYear#of(int)} here (the range grows from checked ends, and the range of valid years
     * is contiguous), so {@link #add(int, int, long, int)} need not check the years it already holds.
     */
    private void grow(int financialYear) {
      FinancialYear.of(financialYear);
      int from = years == 0 ? financialYear : Math.min(baseYear, financialYear);
      int to = years == 0 ? financialYear : Math.max(baseYear + years - 1, financialYear);
      int n = to - from + 1;
      int shift = (years == 0 ? 0 : baseYear - from) * width;
      long[] newSum = new long[n * width];
      int[] newScale = new int[n * width];
      long[] newCount = new long[n * width];
      BigDecimal[] newBig = new BigDecimal[n * width];
      System.arraycopy(sum, 0, newSum, shift, sum.length);
      System.arraycopy(scale, 0, newScale, shift, scale.length);
      System.arraycopy(count, 0, newCount, shift, count.length);
      System.arraycopy(big, 0, newBig, shift, big.length);
      sum = newSum;
      scale = newScale;
      count = newCount;
      big = newBig;
      baseYear = from;
      years = n;
    }

    /** @return e.g. {@code Accumulator[5 years × 100 measures]} */
    @Override
    public String toString() {
      return "Accumulator[" + years + " years × " + width + " measures, " + Arrays.stream(count).sum() + " records]";
    }
  }
}
