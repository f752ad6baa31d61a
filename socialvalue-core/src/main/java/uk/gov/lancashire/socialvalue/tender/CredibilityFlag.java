package uk.gov.lancashire.socialvalue.tender;

import java.util.Objects;

/**
 * A credibility concern about a bid, for the panel to clarify with the bidder. A flag is reported
 * beside the bid's scores; it never removes the bid from the evaluation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CredibilityFlag {

  private final FlagKind kind;
  private final String path;
  private final String message;

  private CredibilityFlag(FlagKind kind, String path, String message) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * @param kind the check that failed
   * @param path where in the bid, e.g. {@code commitments[3]}; empty for the bid as a whole
   * @param message what is wrong, in words a panel can put to the bidder
   * @return the flag
   */
  public static CredibilityFlag of(FlagKind kind, String path, String message) {
    return new CredibilityFlag(kind, path, message);
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

  @Override
  public boolean equals(Object other) {
    return other instanceof CredibilityFlag
        && ((CredibilityFlag) other).kind == kind
        && ((CredibilityFlag) other).path.equals(path)
        && ((CredibilityFlag) other).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, path, message);
  }

  /** @return {@code KIND path: message} */
  @Override
  public String toString() {
    return kind + (path.isEmpty() ? "" : " " + path) + ": " + message;
  }
}
