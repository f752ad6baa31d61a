package uk.gov.lancashire.socialvalue.performance;

import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Problems;

/**
 * A supplier as a contract performance notice names it (The Procurement Regulations 2024, reg 39(4)(f):
 * name, postal and email address, unique identifier).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the supplier's name
 * @param address its postal address
 * @param email its email address
 * @param identifier its unique identifier, e.g. the PPON issued by the central digital platform
 */
public record NoticeSupplier(String name, String address, String email, String identifier) {

  /**
   * Checks every field is given.
   *
   * @param name see the record description
   * @param address see the record description
   * @param email see the record description
   * @param identifier see the record description
   */
  public NoticeSupplier {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(identifier, "identifier");
    Problems problems = new Problems();
    problems.check(!name.isBlank(), "name", "must not be blank");
    problems.check(!address.isBlank(), "address", "must not be blank");
    problems.check(email.contains("@"), "email", "must be an email address, was '" + email + "'");
    problems.check(!identifier.isBlank(), "identifier", "must not be blank");
    problems.throwIfAny();
  }
}
