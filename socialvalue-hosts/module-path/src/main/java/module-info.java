/** A host application using the SDK as named modules. */
module uk.gov.lancashire.socialvalue.hosts.modulepath {
  requires uk.gov.lancashire.socialvalue.json; // brings socialvalue-core and java.money (requires transitive)
  requires org.javamoney.moneta;               // only because this code calls Money.of
}
