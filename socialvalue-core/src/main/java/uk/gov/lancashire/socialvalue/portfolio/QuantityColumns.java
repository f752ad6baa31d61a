package uk.gov.lancashire.socialvalue.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * Delivery quantities held as columns, the way Apache Arrow, Parquet and column stores hold them, for
 * {@link PortfolioRollup.Accumulator#add(QuantityColumns)}: the bulk input of the fast roll-up, which adds
 * a whole batch in one loop instead of one call per record.
 *
 * <p><strong>The layout.</strong> Row {@code i} is one record:
 * <ul>
 *   <li>its measure is {@code measures.get(measure[i])}: the measure column is dictionary-encoded, as a
 *       Parquet dictionary page or an Arrow dictionary array holds a text column (the dictionary is the
 *       distinct codes, the column their positions);
 *   <li>its financial year starts in {@code financialYear[i]} ({@code 2024} for 2024/25, as {@link
 *       FinancialYear#of(int)});
 *   <li>its quantity, in the measure's unit and after any share (the {@linkplain
 *       uk.gov.lancashire.socialvalue.delivery.DeliveryRecord#attributedQuantity() attributed quantity}), is
 *       exactly {@code quantity[i] × 10^-quantityScale}: the unscaled values and the one scale of a
 *       {@code DECIMAL(p, s)} column with {@code p ≤ 18} (Arrow's {@code decimal128}/{@code decimal64}
 *       values that fit a {@code long}, Parquet's {@code INT64} decimals).
 * </ul>
 * Give the records that count at the stage you report (for example verified records): as with {@link
 * PortfolioRollup.Accumulator#add(uk.gov.lancashire.socialvalue.delivery.DeliveryRecord)}, status is not
 * read here. A quantity beyond a {@code long}, or a batch whose rows have different scales, is added record
 * by record with {@link PortfolioRollup.Accumulator#add(MeasureCode, FinancialYear, java.math.BigDecimal)}
 * or split into one batch per scale.
 *
 * <p><strong>The same checks as the record path.</strong> {@link #of} checks the shape (no array missing,
 * every column as long as the measure column, no null code in the dictionary, a scale within {@link
 * Args#MAX_DIGITS}); the accumulator checks that every code of the dictionary is a measure the roll-up
 * plan knows (even a code no row uses), and every row as it adds it (a measure position inside the
 * dictionary, a financial year {@link FinancialYear#of(int)} accepts, at most {@link Args#MAX_DIGITS}
 * digits either side of the point in its quantity and in its value, as {@link PortfolioRollup} bounds a
 * record's value). A batch with any bad row adds nothing: the
 * accumulator is left as it was and a {@link ValidationException} lists every problem at its place ({@code
 * measures[3]}, {@code measure[17]}, {@code financialYear[17]}, {@code quantity[17]}; rows are numbered from
 * the start of the arrays, also in a {@linkplain #rows(int, int) slice}), the first {@value #MAX_PROBLEMS}
 * of them and then how many more.
 *
 * <p><strong>Not copied.</strong> The batch holds the caller's arrays, as a column store hands them over;
 * it copies only the dictionary. Do not change the arrays while a batch over them is added. Several threads
 * may add slices of one batch ({@link #rows(int, int)}) into their own accumulators at once, which is how
 * a batch is rolled up on every core: the accumulators merge exactly ({@link
 * PortfolioRollup.Accumulator#addAll}), so the totals are those of one thread whatever the slices.
 *
 * <p>This class does not change after it is made; it is as thread-safe as the arrays it holds are left
 * alone.
 */
public final class QuantityColumns {

  /** The most problems a refused batch lists; one more problem then says how many were not listed. */
  public static final int MAX_PROBLEMS = 1000;

  private final List<MeasureCode> measures;
  private final int[] measure;
  private final int[] financialYear;
  private final long[] quantity;
  private final int quantityScale;
  private final int from;
  private final int to;

  private QuantityColumns(List<MeasureCode> measures, int[] measure, int[] financialYear, long[] quantity,
      int quantityScale, int from, int to) {
    this.measures = measures;
    this.measure = measure;
    this.financialYear = financialYear;
    this.quantity = quantity;
    this.quantityScale = quantityScale;
    this.from = from;
    this.to = to;
  }

  /**
   * A batch of every row of the arrays.
   *
   * @param measures the dictionary: the measure codes the rows refer to by position (copied)
   * @param measure each row's measure, as a position in {@code measures}
   * @param financialYear each row's financial year, by its start year
   * @param quantity each row's quantity, unscaled: the quantity is {@code quantity[i] × 10^-quantityScale}
   * @param quantityScale the scale of every quantity, the {@code s} of a {@code DECIMAL(p, s)} column
   * @return the batch
   * @throws NullPointerException naming the array or dictionary that is null
   * @throws ValidationException listing every problem of shape: a column shorter or longer than {@code
   *     measure}, a null code in the dictionary, a scale beyond {@link Args#MAX_DIGITS}
   */
  public static QuantityColumns of(List<MeasureCode> measures, int[] measure, int[] financialYear, long[] quantity,
      int quantityScale) {
    Objects.requireNonNull(measures, "measures");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(financialYear, "financialYear");
    Objects.requireNonNull(quantity, "quantity");
    Problems problems = new Problems();
    List<MeasureCode> dictionary = new ArrayList<>(measures.size());
    for (int k = 0; k < measures.size(); k++) {
      MeasureCode code = measures.get(k);
      problems.check(code != null, ProblemPath.of("measures").index(k), "is required but was null");
      dictionary.add(code);
    }
    problems.check(financialYear.length == measure.length, ProblemPath.of("financialYear"),
        "has " + financialYear.length + " rows, the measure column " + measure.length);
    problems.check(quantity.length == measure.length, ProblemPath.of("quantity"),
        "has " + quantity.length + " rows, the measure column " + measure.length);
    problems.check(quantityScale >= -Args.MAX_DIGITS && quantityScale <= Args.MAX_DIGITS,
        ProblemPath.of("quantityScale"), "must be from " + -Args.MAX_DIGITS + " to " + Args.MAX_DIGITS + ", was "
            + quantityScale);
    problems.throwIfAny();
    return new QuantityColumns(Collections.unmodifiableList(dictionary), measure, financialYear, quantity,
        quantityScale, 0, measure.length);
  }

  /**
   * A slice of this batch, over the same arrays: for a thread's share of a batch, or an Arrow record batch
   * inside a larger buffer. Problems still name rows by their position in the arrays.
   *
   * @param from the first row, a position in the arrays
   * @param to the position after the last row
   * @return the rows {@code from} to {@code to - 1}
   * @throws ValidationException when the range is not inside this batch's rows
   */
  public QuantityColumns rows(int from, int to) {
    if (from < this.from || to > this.to || from > to) {
      throw ValidationException.of("rows", "must be a range inside " + this.from + " to " + this.to + ", was "
          + from + " to " + to);
    }
    return new QuantityColumns(measures, measure, financialYear, quantity, quantityScale, from, to);
  }

  /** @return the dictionary of measure codes */
  public List<MeasureCode> measures() {
    return measures;
  }

  /** @return the scale of every quantity */
  public int quantityScale() {
    return quantityScale;
  }

  /** @return the position in the arrays of the first row */
  public int from() {
    return from;
  }

  /** @return the position in the arrays after the last row */
  public int to() {
    return to;
  }

  /** @return how many rows the batch has */
  public int size() {
    return to - from;
  }

  // ------------------------------------------------------------------------------------- for the accumulator

  int[] measureColumn() {
    return measure;
  }

  int[] financialYearColumn() {
    return financialYear;
  }

  long[] quantityColumn() {
    return quantity;
  }

  /**
   * Whether every {@code long} quantity at this scale has at most {@link Args#MAX_DIGITS} digits before the
   * point, so no row needs {@link Args#bounded} (a {@code long} has at most 19 digits).
   */
  boolean quantitiesBounded() {
    return quantityScale >= PortfolioRollup.LOWEST_LONG_SCALE;
  }

  /**
   * Every problem of the rows, as {@link PortfolioRollup.Accumulator#add(QuantityColumns)} reports them:
   * codes the plan does not know, then each bad row in order.
   *
   * @param unknown for each dictionary position, the problem of a code the plan does not know, or null
   * @param plan the roll-up plan, which bounds each row's value ({@link PortfolioRollup#valueProblem})
   * @param planIndex for each dictionary position of a known code, its measure's index in the plan
   * @return the exception listing them, or null when there is none
   */
  @Nullable ValidationException problems(@Nullable String[] unknown, PortfolioRollup plan, int[] planIndex) {
    List<Problem> found = new ArrayList<>();
    long more = 0;
    for (int k = 0; k < unknown.length; k++) {
      if (unknown[k] != null) {
        found.add(Problem.at(ProblemPath.of("measures").index(k), unknown[k]));
      }
    }
    for (int i = from; i < to; i++) {
      int k = measure[i];
      if (k < 0 || k >= measures.size()) {
        more += report(found, ProblemPath.of("measure").index(i), "is " + k + ", not a position in measures (0 to "
            + (measures.size() - 1) + ")");
      }
      String year = yearProblem(financialYear[i]);
      if (year != null) {
        more += report(found, ProblemPath.of("financialYear").index(i), year);
      }
      String problem = null;
      if (!quantitiesBounded()) {
        try {
          Args.bounded(BigDecimal.valueOf(quantity[i], quantityScale), "quantity");
        } catch (ValidationException e) {
          problem = e.problems().get(0).message();
        }
      }
      if (problem == null && k >= 0 && k < measures.size() && unknown[k] == null
          && plan.mayExceed(planIndex[k], quantityScale)) {
        problem = plan.valueProblem(planIndex[k], plan.value(planIndex[k], quantity[i], quantityScale));
      }
      if (problem != null) {
        more += report(found, ProblemPath.of("quantity").index(i), problem);
      }
    }
    if (more > 0) {
      found.add(Problem.at(ProblemPath.root(), "and " + more + " more problems, not listed"));
    }
    return found.isEmpty() ? null : new ValidationException(found);
  }

  private static int report(List<Problem> found, ProblemPath where, String message) {
    if (found.size() < MAX_PROBLEMS) {
      found.add(Problem.at(where, message));
      return 0;
    }
    return 1;
  }

  /** @return what {@link FinancialYear#of(int)} says of the year, or null when it accepts it */
  private static @Nullable String yearProblem(int year) {
    try {
      FinancialYear.of(year);
      return null;
    } catch (ValidationException e) {
      return e.problems().get(0).message();
    }
  }
}
