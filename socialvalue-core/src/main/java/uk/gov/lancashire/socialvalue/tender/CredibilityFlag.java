package uk.gov.lancashire.socialvalue.tender;

import java.util.List;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * A credibility concern about a bid, for the panel to clarify with the bidder. A flag is reported
 * beside the bid's scores; it never removes the bid from the evaluation.
 *
 * <p>A flag says where in the bid it is, as a structured {@link ProblemPath} ({@code commitments[3]},
 * {@code price}, the root for the bid as a whole), and why, as an {@link Explanation} like every other
 * figure the SDK explains: its title is what is wrong in words a panel can put to the bidder, its entries
 * the figures and rules the check used (the measure and year, the price, the ceiling, the median, the
 * source). {@link #path()} and {@link #message()} are their readable text forms, and {@link #toString()}
 * is {@code KIND path: message}.
 *
 * <p>A flag names the commitments it puts in question (by their index in {@link Bid#commitments()}).
 * When its {@link FlagKind#requiresDecision() kind requires a decision}, it stays open until each of them
 * has a {@link ModerationDecision}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind the check that failed
 * @param where where in the bid; the root for the bid as a whole
 * @param explanation why: its title what is wrong, its entries the figures the check used
 * @param commitments the indexes in {@link Bid#commitments()} of the commitments in question, ascending
 */
public record CredibilityFlag(FlagKind kind, ProblemPath where, Explanation explanation, List<Integer> commitments) {

  /**
   * Checks every component is present and the indexes are distinct and not negative; copies them in
   * ascending order.
   *
   * @param kind the check that failed
   * @param where where in the bid
   * @param explanation why
   * @param commitments the indexes of the commitments in question, in any order
   * @throws ValidationException when an index is negative or repeated
   * @throws NullPointerException naming the component (or the index's position) that is null
   */
  public CredibilityFlag {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(explanation, "explanation");
    commitments = Args.copyOf(commitments, "commitments").stream().sorted().toList();
    for (int i = 0; i < commitments.size(); i++) {
      if (commitments.get(i) < 0 || (i > 0 && commitments.get(i).equals(commitments.get(i - 1)))) {
        throw ValidationException.of("commitments", "indexes must be distinct and not negative, were "
            + commitments);
      }
    }
  }

  /**
   * @param kind the check that failed
   * @param where where in the bid; the root for the bid as a whole
   * @param explanation why: its title what is wrong, its entries the figures used
   * @return the flag, naming no commitment
   */
  public static CredibilityFlag of(FlagKind kind, ProblemPath where, Explanation explanation) {
    return new CredibilityFlag(kind, where, explanation, List.of());
  }

  /**
   * @param kind the check that failed
   * @param where where in the bid
   * @param explanation why
   * @param commitments the indexes of the commitments the flag puts in question
   * @return the flag
   */
  public static CredibilityFlag of(FlagKind kind, ProblemPath where, Explanation explanation,
      List<Integer> commitments) {
    return new CredibilityFlag(kind, where, explanation, commitments);
  }

  /** @return where in the bid, as text such as {@code commitments[3]}; empty for the bid as a whole */
  public String path() {
    return where.toString();
  }

  /** @return what is wrong, in words a panel can put to the bidder: the explanation's title */
  public String message() {
    return explanation.title();
  }

  /** @return true when the panel must decide on each named commitment before scores are final */
  public boolean requiresDecision() {
    return kind.requiresDecision();
  }

  /** @return {@code KIND path: message} */
  @Override
  public String toString() {
    String path = path();
    return kind + (path.isEmpty() ? "" : " " + path) + ": " + message();
  }
}
