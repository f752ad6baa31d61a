package uk.gov.lancashire.socialvalue.sheets;

import java.util.ArrayList;
import java.util.List;
import uk.gov.lancashire.socialvalue.basics.Problem;

/** Collects the problems of one read: keeps the first {@link SheetResult#MAX_PROBLEMS}, counts all. */
final class ProblemLog {

  private final List<Problem> kept = new ArrayList<>();
  private long count;

  void add(CellRef where, String message) {
    add(Problem.of(where.toString(), message));
  }

  void add(Problem problem) {
    count++;
    if (kept.size() < SheetResult.MAX_PROBLEMS) {
      kept.add(problem);
    }
  }

  long count() {
    return count;
  }

  SheetResult result(long records, long blankRows) {
    return new SheetResult(records, kept, count, blankRows);
  }
}
