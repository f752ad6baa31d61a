package uk.gov.lancashire.socialvalue.delivery;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import uk.gov.lancashire.socialvalue.basics.Explanation;

/**
 * A delivery record the counting rules did not count, with the reason and, for a duplicate or an
 * exclusive-group conflict, the id of the record that counted instead.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param record the record not counted
 * @param reason why
 * @param countedInstead the id of the record counted in its place, for duplicates and group conflicts
 * @param explanation why, structured: its title in words a contract manager can act on, entries for the
 *     rule applied and, for a conflict, the record kept and why (stronger evidence, earlier period, lower
 *     tier)
 */
public record Exclusion(DeliveryRecord record, ExclusionReason reason, Optional<String> countedInstead,
    Explanation explanation) {

  /**
   * Checks every component is present.
   *
   * @param record see the record description
   * @param reason see the record description
   * @param countedInstead see the record description
   * @param explanation see the record description
   */
  public Exclusion {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(countedInstead, "countedInstead");
    Objects.requireNonNull(explanation, "explanation");
  }

  static Exclusion of(DeliveryRecord record, ExclusionReason reason, String explanation) {
    return new Exclusion(record, reason, Optional.empty(), Explanation.of(explanation).with("record", record.id())
        .with("rule", rule(reason)));
  }

  static Exclusion conflict(DeliveryRecord record, ExclusionReason reason, DeliveryRecord counted, String explanation,
      String why) {
    return new Exclusion(record, reason, Optional.of(counted.id()), Explanation.of(explanation)
        .with("record", record.id()).with("rule", rule(reason)).with("counted instead", counted.id())
        .with("why kept", why));
  }

  private static String rule(ExclusionReason reason) {
    return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** @return {@code recordId REASON: explanation} */
  @Override
  public String toString() {
    return record.id() + " " + reason + ": " + explanation.title();
  }
}
