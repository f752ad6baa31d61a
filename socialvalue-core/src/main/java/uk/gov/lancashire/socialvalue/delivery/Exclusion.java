package uk.gov.lancashire.socialvalue.delivery;

import java.util.Objects;
import java.util.Optional;

/**
 * A delivery record the counting rules did not count, with the reason and, for a duplicate or an
 * exclusive-group conflict, the id of the record that did count.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Exclusion {

  private final DeliveryRecord record;
  private final ExclusionReason reason;
  private final Optional<String> countedInstead;
  private final String explanation;

  private Exclusion(DeliveryRecord record, ExclusionReason reason, Optional<String> countedInstead, String explanation) {
    this.record = Objects.requireNonNull(record, "record");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.countedInstead = Objects.requireNonNull(countedInstead, "countedInstead");
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  static Exclusion of(DeliveryRecord record, ExclusionReason reason, String explanation) {
    return new Exclusion(record, reason, Optional.empty(), explanation);
  }

  static Exclusion conflict(DeliveryRecord record, ExclusionReason reason, DeliveryRecord counted, String explanation) {
    return new Exclusion(record, reason, Optional.of(counted.id()), explanation);
  }

  /** @return the record not counted */
  public DeliveryRecord record() {
    return record;
  }

  /** @return why */
  public ExclusionReason reason() {
    return reason;
  }

  /** @return the id of the record counted in its place, for duplicates and group conflicts */
  public Optional<String> countedInstead() {
    return countedInstead;
  }

  /** @return the explanation, in words a contract manager can act on */
  public String explanation() {
    return explanation;
  }

  /** @return {@code recordId REASON: explanation} */
  @Override
  public String toString() {
    return record.id() + " " + reason + ": " + explanation;
  }
}
