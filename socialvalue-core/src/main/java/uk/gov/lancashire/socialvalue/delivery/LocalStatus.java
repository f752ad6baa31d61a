package uk.gov.lancashire.socialvalue.delivery;

/** Whether a record's location is local by its contract's own {@link Locality} definition. */
public enum LocalStatus {
  /** Inside the contract's locality. */
  LOCAL,
  /** Outside it. */
  NOT_LOCAL,
  /** No location given, or one the locality cannot judge (an area code against postcode prefixes). */
  UNKNOWN
}
