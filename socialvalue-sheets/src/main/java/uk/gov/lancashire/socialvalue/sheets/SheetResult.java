package uk.gov.lancashire.socialvalue.sheets;

import java.util.List;
import uk.gov.lancashire.socialvalue.basics.Problem;

/**
 * What reading a sheet of supplier returns gave besides the records themselves (which went to the
 * caller's consumer as they were read): how many records were good, a problem for each bad cell with its
 * {@link CellRef} as the path, and how many template rows were left blank.
 *
 * <p>At most {@link #MAX_PROBLEMS} problems are kept; {@link #problemCount()} counts them all, so memory
 * stays bounded however bad a sheet is.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SheetResult {

  /** How many problems are kept; the rest are counted. */
  public static final int MAX_PROBLEMS = 1000;

  private final long records;
  private final List<Problem> problems;
  private final long problemCount;
  private final long blankRows;

  SheetResult(long records, List<Problem> problems, long problemCount, long blankRows) {
    this.records = records;
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
    this.blankRows = blankRows;
  }

  /** @return how many good records went to the consumer */
  public long records() {
    return records;
  }

  /** @return the first {@link #MAX_PROBLEMS} problems, in sheet order; each path is a cell such as {@code Returns!D7} */
  public List<Problem> problems() {
    return problems;
  }

  /** @return how many problems were found in all */
  public long problemCount() {
    return problemCount;
  }

  /** @return how many rows were left without a quantity (a template row not reported) and skipped */
  public long blankRows() {
    return blankRows;
  }

  /** @return true when every row was good */
  public boolean isComplete() {
    return problemCount == 0;
  }

  @Override
  public String toString() {
    return records + " records, " + problemCount + " problems, " + blankRows + " blank rows";
  }
}
