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
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.discounting.DiscountBand;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;
import uk.gov.lancashire.socialvalue.discounting.TimingConvention;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.tender.Commitment;
import uk.gov.lancashire.socialvalue.tender.CredibilityRules;
import uk.gov.lancashire.socialvalue.tender.Criterion;
import uk.gov.lancashire.socialvalue.tender.EvaluationScheme;
import uk.gov.lancashire.socialvalue.tender.ScoreBand;
import uk.gov.lancashire.socialvalue.tender.ScoringMethod;
import uk.gov.lancashire.socialvalue.tender.Tender;
import uk.gov.lancashire.socialvalue.valuation.DeadweightModel;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.OutcomeStart;
import uk.gov.lancashire.socialvalue.valuation.Quantity;
import uk.gov.lancashire.socialvalue.valuation.Valuation;

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
    return record().list().uniqueElements(DeliveryRecord::id).ofMaxSize(8);
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

  // ---------------------------------------------------------------- tender

  static Arbitrary<Tender> tender() {
    Arbitrary<BigDecimal> hundredths = Arbitraries.integers().between(0, 10_000).map(n -> new BigDecimal(BigInteger.valueOf(n), 2));
    Arbitrary<EvaluationScheme> scheme = Combinators.combine(hundredths, hundredths,
        Arbitraries.of(ScoringMethod.RELATIVE_TO_BEST_VALUE, ScoringMethod.RELATIVE_TO_BEST_SV_PERCENT,
            ScoringMethod.ABSOLUTE_BANDS), code().set().ofMinSize(1).ofMaxSize(4), positive().optional(),
        Arbitraries.integers().between(1, 20).optional()).as((a, b, method, shortlist, cost, maxMark) -> {
          BigDecimal price = a.min(new BigDecimal("100"));
          BigDecimal offer = b.min(new BigDecimal("100").subtract(price));
          BigDecimal quality = new BigDecimal("100").subtract(price).subtract(offer);
          Criterion.Builder sv = Criterion.builder().id("sv-offer").title("Social value offer").weight(offer)
              .kind(uk.gov.lancashire.socialvalue.tender.CriterionKind.SOCIAL_VALUE_QUANTITATIVE).method(method);
          if (method == ScoringMethod.ABSOLUTE_BANDS) {
            sv.addBands(ScoreBand.of(new BigDecimal("0"), new BigDecimal("0.25")),
                ScoreBand.of(new BigDecimal("12.5"), new BigDecimal("1.00")));
          }
          Criterion.Builder q = Criterion.builder().id("quality").title("Quality").weight(quality)
              .kind(uk.gov.lancashire.socialvalue.tender.CriterionKind.QUALITY).method(ScoringMethod.LEVELS);
          maxMark.ifPresent(m -> q.maxMark(BigDecimal.valueOf(m)));
          EvaluationScheme.Builder s = EvaluationScheme.builder()
              .addCriteria(Criterion.price(price), sv.build(), q.build()).addAllShortlist(shortlist);
          cost.ifPresent(c -> s.credibility(CredibilityRules.builder().minimumAnnualCostPerFte(c).build()));
          return s.build();
        });
    return Combinators.combine(Generators.id(), Generators.text(), Arbitraries.integers().between(1, 10), Generators.text(),
        scheme).as((id, title, term, edition, s) -> Tender.builder().id(id).title(title).termYears(term)
            .currency(Samples.GBP).editionReference(edition).scheme(s).build());
  }

  static Arbitrary<Bid> bid() {
    Arbitrary<Commitment> commitment = Combinators.combine(code(), Arbitraries.integers().between(1, 20), decimal())
        .as(Commitment::of);
    return Combinators.combine(Generators.id(), decimal(), commitment.list().ofMaxSize(4),
        positive().optional(), Generators.text().optional()).as((bidder, price, commitments, mark, plan) -> {
          Bid.Builder b = Bid.builder().bidder(bidder).price(Amounts.of(price, Samples.GBP)).addAllCommitments(commitments)
              .deliveryPlan(plan);
          mark.ifPresent(m -> b.putAnswers("quality", m));
          return b.build();
        });
  }

  static Arbitrary<TenderDocument> tenderDocument() {
    // a sound tender document: one bid per bidder, marks within the quality criterion's range
    return Combinators.combine(tender(), bid().list().uniqueElements(Bid::bidder).ofMaxSize(4)).as((t, bids) -> {
      BigDecimal max = t.scheme().criterion("quality").orElseThrow().maxMark();
      return TenderDocument.of(t, bids.stream().map(b -> b.answers().isEmpty() ? b
          : b.withAnswers(java.util.Map.of("quality", b.answers().get("quality").min(max)))).toList());
    });
  }

  // ---------------------------------------------------------------- valuation

  private static Measure measure(int number, Unit unit) {
    return Measure.builder().code(MeasureCode.of("NT", number, "")).title("Measure " + number).unit(unit)
        .kind(uk.gov.lancashire.socialvalue.framework.MeasureKind.MONETISED).outcomeId("outcome").build();
  }

  static Arbitrary<OutcomeLine> line(int index, int priceYear) {
    Arbitrary<BigDecimal> fraction = Generators.fraction();
    return Combinators.combine(Arbitraries.of(Unit.FTE_YEARS, Unit.MONEY, Unit.HOURS), decimal(), Generators.amount(),
        Arbitraries.integers().between(0, 5), Arbitraries.of(OutcomeStart.class), Arbitraries.of(true, false),
        fraction.optional(), fraction.optional()).flatAs((unit, quantity, proxy, period, start, rising, a, b) ->
            Combinators.combine(fraction.optional(), fraction.list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers().between(1, 6).optional()).as((dropOff, deadweights, duration) -> {
                  Measure measure = measure(index + 1, unit);
                  ProxyValue value = ProxyValue.builder().amount(Amounts.of(proxy, Samples.GBP)).unit(unit)
                      .priceYear(priceYear).source("invented").licence("illustrative").build();
                  OutcomeLine.Builder line = OutcomeLine.builder().id("line-" + index).measure(measure)
                      .quantity(Quantity.of(quantity, unit)).activityPeriod(period).start(start).displacement(a)
                      .attribution(b);
                  if (index % 2 == 0) {
                    line.proxy(value);
                  } else {
                    line.edition(uk.gov.lancashire.socialvalue.framework.ProxyEdition.builder().id("e").version("1")
                        .title("Edition").currency(Samples.GBP).licence("illustrative")
                        .putValues(measure.code(), value).build());
                  }
                  if (rising) {
                    List<BigDecimal> ascending = new ArrayList<>(deadweights);
                    ascending.sort(null);
                    line.deadweightModel(DeadweightModel.RISING_DEADWEIGHT).addAllRisingDeadweights(ascending);
                  } else {
                    line.deadweight(a).dropOff(dropOff);
                    duration.ifPresent(line::durationYears);
                  }
                  return line.build();
                }));
  }

  static Arbitrary<Valuation> valuation() {
    Arbitrary<DiscountSchedule> schedule = Arbitraries.oneOf(Arbitraries.just(DiscountSchedule.greenBook()),
        Generators.fraction().filter(r -> r.compareTo(BigDecimal.ONE) < 0).map(r -> DiscountSchedule.custom("custom",
            List.of(DiscountBand.of(0, r), DiscountBand.of(10, r.divide(BigDecimal.valueOf(2)))))));
    return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.of(true, false),
        Generators.amount().list().ofMaxSize(3), Generators.amount().optional(), schedule,
        Arbitraries.of(TimingConvention.class)).flatAs((count, twoYears, investment, contract, discount, timing) -> {
          List<Arbitrary<OutcomeLine>> lines = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            lines.add(line(i, twoYears && i == 1 ? 2023 : 2024));
          }
          return Combinators.combine(lines).as(l -> {
            Valuation.Builder v = Valuation.builder().currency(Samples.GBP).addAllLines(l)
                .contractValue(contract.map(c -> Amounts.of(c, Samples.GBP))).discountSchedule(discount).timing(timing);
            for (int p = 0; p < investment.size(); p++) {
              v.putInvestment(p, Amounts.of(investment.get(p), Samples.GBP));
            }
            if (twoYears && count > 1) {
              v.priceBaseYear(2024).priceIndex(PriceIndexSeries.of("index", java.util.Map.of(2023, new BigDecimal("97.5"),
                  2024, new BigDecimal("100"))));
            }
            return v.build();
          });
        });
  }
}
