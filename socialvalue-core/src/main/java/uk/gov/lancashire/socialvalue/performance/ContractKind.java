package uk.gov.lancashire.socialvalue.performance;

/** The kinds of contract the Procurement Act 2023 treats differently for KPIs (s.52(6)). */
public enum ContractKind {
  /** A public contract to which s.52(1) applies. */
  PUBLIC_CONTRACT,
  /** A framework. */
  FRAMEWORK,
  /** A concession contract. */
  CONCESSION,
  /** A light-touch contract. */
  LIGHT_TOUCH,
  /** A private utility's contract. */
  PRIVATE_UTILITY
}
