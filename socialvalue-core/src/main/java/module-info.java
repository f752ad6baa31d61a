/**
 * socialvalue-core: the pure domain core of the social value SDK. No JSON, no network, no logging of
 * its own; immutable, thread-safe values.
 */
module uk.gov.lancashire.socialvalue.core {
  requires transitive java.money;
  requires org.javamoney.moneta;
  requires static org.immutables.value;
  requires static transitive org.jspecify; // @NullMarked packages, @Nullable where null is allowed

  exports uk.gov.lancashire.socialvalue.basics;
  exports uk.gov.lancashire.socialvalue.framework;
  exports uk.gov.lancashire.socialvalue.needs;
  exports uk.gov.lancashire.socialvalue.targets;
  exports uk.gov.lancashire.socialvalue.pricebase;
  exports uk.gov.lancashire.socialvalue.discounting;
  exports uk.gov.lancashire.socialvalue.valuation;
  exports uk.gov.lancashire.socialvalue.sensitivity;
  exports uk.gov.lancashire.socialvalue.tender;
  exports uk.gov.lancashire.socialvalue.delivery;
  exports uk.gov.lancashire.socialvalue.performance;
  exports uk.gov.lancashire.socialvalue.portfolio;
}
