package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.Locality;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.delivery.Supplier;
import uk.gov.lancashire.socialvalue.delivery.SupplyChain;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/** jqwik generators of valid procurement values (phase 2b), with decimals of any sign and scale. */
final class ProcurementGenerators {

  private ProcurementGenerators() {}

  /** Decimals of either sign with 0 to 10 decimal places and up to 20 digits, trailing zeros kept. */
  static Arbitrary<BigDecimal> decimal() {
    return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(20)),
        Arbitraries.integers().between(0, 10)).as(BigDecimal::new);
  }

  static Arbitrary<BigDecimal> positive() {
    return decimal().map(BigDecimal::abs).filter(d -> d.signum() > 0);
  }

  static Arbitrary<FinancialQuarter> quarter() {
    return Combinators.combine(Arbitraries.integers().between(2000, 2100), Arbitraries.integers().between(1, 4))
        .as((y, q) -> FinancialQuarter.of(FinancialYear.of(y), q));
  }

  static Arbitrary<MeasureCode> code() {
    return Arbitraries.integers().between(1, 99).map(n -> MeasureCode.of("NT", n, ""));
  }

  static Arbitrary<Location> location() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.strings().withCharRange('A', 'Z')
        .numeric().withChars(' ').ofMinLength(1).ofMaxLength(9).filter(s -> !s.isBlank()))
        .as((postcode, text) -> postcode ? Location.postcode(text) : Location.area(text));
  }

  static Arbitrary<BigDecimal> share() {
    return Combinators.combine(Arbitraries.integers().between(1, 10_000), Arbitraries.integers().between(0, 30))
        .as((n, extra) -> new BigDecimal(BigInteger.valueOf(n), 4).setScale(4 + extra));
  }

  static Arbitrary<DeliveryRecord> record() {
    Arbitrary<RecordStatus> status = Arbitraries.of(RecordStatus.class);
    return Combinators.combine(Generators.text(), quarter(), code(), decimal(), Generators.id(), status,
        Generators.text().list().ofMaxSize(3), Generators.text().optional()).flatAs(
            (id, period, measure, quantity, supplier, st, evidence, claim) -> Combinators.combine(
                location().optional(), share().optional()).as((location, share) -> {
                  DeliveryRecord.Builder b = DeliveryRecord.builder().id(id).period(period).measure(measure)
                      .quantity(quantity).supplier(supplier).status(st).addAllEvidence(evidence)
                      .claimKey(claim).location(location);
                  if (evidence.isEmpty() && (st == RecordStatus.EVIDENCED || st == RecordStatus.VERIFIED)) {
                    b.addEvidence("evidence");
                  }
                  share.ifPresent(b::share);
                  return b.build();
                }));
  }

  static Arbitrary<List<DeliveryRecord>> records() {
    return record().list().ofMaxSize(8);
  }

  static Arbitrary<SupplyChain> chain(String prime) {
    return Arbitraries.integers().between(0, 4).flatMap(n -> Arbitraries.integers().between(0, 100).list()
        .ofSize(n).flatMap(parents -> Generators.text().list().ofSize(n + 1).map(names -> {
          List<Supplier> suppliers = new ArrayList<>();
          suppliers.add(Supplier.prime(prime, names.get(0)));
          for (int i = 0; i < n; i++) {
            suppliers.add(Supplier.subcontractor("s" + i, names.get(i + 1), suppliers.get(parents.get(i) % (i + 1)).id()));
          }
          return SupplyChain.builder().addAllSuppliers(suppliers).build();
        })));
  }

  static Arbitrary<Contract> contract() {
    Arbitrary<Locality> locality = Combinators.combine(Arbitraries.of(true, false),
        Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(5).list().ofMinSize(1)
            .ofMaxSize(4)).as((postcode, values) -> postcode ? Locality.postcodePrefixes(values.toArray(new String[0]))
                : Locality.areaCodes(values.toArray(new String[0])));
    return Combinators.combine(Generators.id(), Generators.text(), quarter(), Arbitraries.integers().between(1, 5),
        Generators.text(), Generators.id(), locality, Arbitraries.integers().between(0, 4)).flatAs(
            (id, title, start, term, edition, prime, loc, kpiCount) -> decimal().list().ofSize(term).list()
                .ofSize(kpiCount).map(yearly -> {
                  Contract.Builder b = Contract.builder().id(id).title(title).currency(Samples.GBP).start(start)
                      .termYears(term).editionReference(edition).primeSupplier(prime).locality(loc);
                  for (int k = 0; k < yearly.size(); k++) {
                    Kpi.Builder kpi = Kpi.builder().measure(MeasureCode.of("NT", k + 1, ""));
                    for (int y = 0; y < yearly.get(k).size(); y++) {
                      kpi.putYearly(y + 1, yearly.get(k).get(y));
                    }
                    b.addKpis(kpi.build());
                  }
                  return b.build();
                }));
  }

  static Arbitrary<ContractDocument> contractDocument() {
    return contract().flatMap(c -> chain(c.primeSupplier()).map(chain -> ContractDocument.of(c, chain)));
  }
}
