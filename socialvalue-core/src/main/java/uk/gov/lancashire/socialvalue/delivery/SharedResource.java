package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * Something delivered once for several contracts (an apprentice working across three contracts, a
 * £1,500 event serving three projects), attributed to each by a declared share (council social value guidance). The
 * shares must each be in (0, 1] and add up to at most 1, so the resource is never counted more than
 * once in total; less than 1 leaves the rest unattributed (e.g. to work outside these contracts).
 *
 * <p>The reported attributes are declared once, in {@link ReportedActivity}; the resource's id is the
 * stem of each contract's record id, {@code id@contractId}.
 *
 * <p>{@link #recordFor(String)} gives the record each contract counts: the whole quantity with the
 * contract's share, so the audit trail shows both.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class SharedResource implements ReportedActivity, WithSharedResource {

  private static final MathContext EQUAL_SHARE = new MathContext(34, RoundingMode.DOWN);

  SharedResource() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Equal shares for a resource used by several contracts: 1/n each, as a 34-digit decimal rounded
   * down when 1/n does not terminate (thirds), so the shares never add up to more than 1.
   *
   * @param contractIds the contracts, at least one
   * @return each contract's share
   */
  public static Map<String, BigDecimal> equalShares(String... contractIds) {
    if (contractIds.length == 0) {
      throw ValidationException.of("contractIds", "must name at least one contract");
    }
    BigDecimal share = BigDecimal.ONE.divide(BigDecimal.valueOf(contractIds.length), EQUAL_SHARE);
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    for (String id : contractIds) {
      shares.put(id, share);
    }
    return shares;
  }

  /** @return each contract's share, by contract id */
  public abstract Map<String, BigDecimal> shares();

  /**
   * @param contractId a contract sharing the resource
   * @return the record that contract counts
   * @throws ValidationException when the contract has no share
   */
  public DeliveryRecord recordFor(String contractId) {
    BigDecimal share = shares().get(contractId);
    if (share == null) {
      throw ValidationException.of("shares",
          "no share declared for contract '" + contractId + "'");
    }
    return DeliveryRecord.builder().id(id() + "@" + contractId).period(period()).measure(measure())
        .quantity(quantity()).supplier(supplier()).status(status()).addAllEvidence(evidence())
        .claimKey(claimKey()).location(location()).employmentStart(employmentStart()).share(share).build();
  }

  /** @return every contract's record, by contract id */
  public Map<String, DeliveryRecord> records() {
    Map<String, DeliveryRecord> records = new LinkedHashMap<>();
    shares().keySet().forEach(c -> records.put(c, recordFor(c)));
    return records;
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    problems.check(!shares().isEmpty(), "shares", "must attribute the resource to at least one contract");
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> e : shares().entrySet()) {
      BigDecimal s = e.getValue();
      problems.check(s.signum() > 0 && s.compareTo(BigDecimal.ONE) <= 0, ProblemPath.of("shares").key(e.getKey()),
          "must be more than 0 and at most 1, was " + s.toPlainString());
      sum = sum.add(s);
    }
    problems.check(sum.compareTo(BigDecimal.ONE) <= 0, "shares",
        "must add up to at most 1, they add up to " + sum.toPlainString());
    problems.throwIfAny();
  }

  /** Builds a {@link SharedResource}. */
  public static final class Builder extends ImmutableSharedResource.Builder
      implements ReportedActivity.Builder<Builder> {
    Builder() {}
  }
}
