package uk.gov.lancashire.socialvalue.tender;

import java.util.List;
import java.util.Objects;

/**
 * A credibility concern about a bid, for the panel to clarify with the bidder. A flag is reported
 * beside the bid's scores; it never removes the bid from the evaluation.
 *
 * <p>A flag names the commitments it puts in question (by their index in {@link Bid#commitments()}).
 * When its {@link FlagKind#requiresDecision() kind requires a decision}, it stays open until each of them
 * has a {@link ModerationDecision}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CredibilityFlag {

  private final FlagKind kind;
  private final String path;
  private final String message;
  private final List<Integer> commitments;

  private CredibilityFlag(FlagKind kind, String path, String message, List<Integer> commitments) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
    this.commitments = List.copyOf(commitments);
  }

  /**
   * @param kind the check that failed
   * @param path where in the bid, e.g. {@code commitments[3]}; empty for the bid as a whole
   * @param message what is wrong, in words a panel can put to the bidder
   * @return the flag, naming no commitment
   */
  public static CredibilityFlag of(FlagKind kind, String path, String message) {
    return new CredibilityFlag(kind, path, message, List.of());
  }

  /**
   * @param kind the check that failed
   * @param path where in the bid
   * @param message what is wrong
   * @param commitments the indexes of the commitments the flag puts in question
   * @return the flag
   */
  public static CredibilityFlag of(FlagKind kind, String path, String message, List<Integer> commitments) {
    return new CredibilityFlag(kind, path, message, commitments);
  }

  /** @return the check that failed */
  public FlagKind kind() {
    return kind;
  }

  /** @return where in the bid; empty for the bid as a whole */
  public String path() {
    return path;
  }

  /** @return what is wrong */
  public String message() {
    return message;
  }

  /** @return the indexes in {@link Bid#commitments()} of the commitments in question, ascending */
  public List<Integer> commitments() {
    return commitments;
  }

  /** @return true when the panel must decide on each named commitment before scores are final */
  public boolean requiresDecision() {
    return kind.requiresDecision();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CredibilityFlag
        && ((CredibilityFlag) other).kind == kind
        && ((CredibilityFlag) other).path.equals(path)
        && ((CredibilityFlag) other).message.equals(message)
        && ((CredibilityFlag) other).commitments.equals(commitments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, path, message, commitments);
  }

  /** @return {@code KIND path: message} */
  @Override
  public String toString() {
    return kind + (path.isEmpty() ? "" : " " + path) + ": " + message;
  }
}
