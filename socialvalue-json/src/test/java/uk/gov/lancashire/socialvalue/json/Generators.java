package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.CountingRules;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;
import uk.gov.lancashire.socialvalue.framework.BenefitSplit;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

/** jqwik generators of valid frameworks and proxy editions, with amounts of any scale up to 8 digits. */
final class Generators {

  private static final List<Unit> PROXY_UNITS = List.of(Unit.FTE, Unit.FTE_YEARS, Unit.WEEKS, Unit.HOURS,
      Unit.HOURS_X_ATTENDEES, Unit.MONEY, Unit.TONNES, Unit.TONNES_CO2E, Unit.MILES, Unit.COUNT);

  private Generators() {}

  /** Any text, including quotes, back-slashes, newlines and non-Latin letters. */
  static Arbitrary<String> text() {
    return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
  }

  static Arbitrary<String> id() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('-').ofMinLength(1).ofMaxLength(12)
        .filter(s -> !s.isBlank());
  }

  /** Positive amounts with 0 to 8 decimal places and up to 24 digits. */
  static Arbitrary<BigDecimal> amount() {
    return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(24)),
        Arbitraries.integers().between(0, 8)).as(BigDecimal::new);
  }

  static Arbitrary<BigDecimal> fraction() {
    return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 4))
        .as((n, scale) -> new BigDecimal(BigInteger.valueOf(n), 4).setScale(Math.max(4, scale)));
  }

  static Arbitrary<ProxyValue> proxy(Unit unit) {
    Arbitrary<BenefitSplit> split = Combinators.combine(amount(), amount(), amount())
        .as((a, b, c) -> BenefitSplit.of(money(a), money(b), money(c)));
    return Combinators.combine(split, Arbitraries.integers().between(1900, 2200), text(), text(),
        Arbitraries.of(true, false)).as((s, year, source, licence, withSplit) -> {
          ProxyValue.Builder b = ProxyValue.builder().amount(s.total()).unit(unit).priceYear(year).source(source)
              .licence(licence);
          if (withSplit) {
            b.split(s);
          }
          return b.build();
        });
  }

  static Arbitrary<ProxyEdition> edition() {
    Arbitrary<List<ProxyValue>> values = Arbitraries.of(PROXY_UNITS).flatMap(Generators::proxy).list().ofMaxSize(6);
    return Combinators.combine(id(), text(), text(), text(), values).as((id, version, title, licence, list) -> {
      ProxyEdition.Builder b = ProxyEdition.builder().id(id).version(version).title(title).currency(Samples.GBP)
          .licence(licence);
      for (int i = 0; i < list.size(); i++) {
        b.putValues(MeasureCode.of("NT", i + 1, ""), list.get(i));
      }
      return b.build();
    });
  }

  private static Arbitrary<Measure> measure(int number, MeasureKind kind) {
    Arbitrary<Unit> unit = kind == MeasureKind.MONETISED ? Arbitraries.of(PROXY_UNITS)
        : kind == MeasureKind.QUALITATIVE ? Arbitraries.of(Unit.LEVEL, Unit.TEXT) : Arbitraries.of(Unit.class);
    Arbitrary<Adjustments> adjustments = Combinators.combine(fraction(), fraction(), fraction(), fraction(),
        Arbitraries.integers().between(1, 10)).as((d, di, a, dr, years) -> Adjustments.builder().deadweight(d)
            .displacement(di).attribution(a).dropOff(dr).durationYears(years).build());
    Arbitrary<CountingRules> rules = Combinators.combine(Arbitraries.of(true, false), id().optional())
        .as((first, group) -> CountingRules.builder().firstYearOnly(first).exclusiveGroup(group).build());
    return Combinators.combine(unit, text(), text().optional(), adjustments, rules, Arbitraries.of(true, false))
        .as((u, title, description, adj, rule, weighted) -> Measure.builder().code(MeasureCode.of("LT", number, ""))
            .title(title).description(description).unit(u).kind(kind).outcomeId("outcome")
            .addEquivalents(MeasureCode.of("NT", number, "")).adjustments(adj).countingRules(rule)
            .addAllAlignments(weighted
                ? List.of(Alignment.weighted("lcc", "a", new BigDecimal("0.25")),
                    Alignment.weighted("lcc", "b", new BigDecimal("0.75")))
                : List.of(Alignment.of("lcc", "a")))
            .build());
  }

  static Arbitrary<Framework> framework() {
    Arbitrary<List<Measure>> measures = Arbitraries.of(MeasureKind.class).list().ofMinSize(1).ofMaxSize(5)
        .flatMap(kinds -> {
          List<Arbitrary<Measure>> each = new ArrayList<>();
          for (int i = 0; i < kinds.size(); i++) {
            each.add(measure(i + 1, kinds.get(i)));
          }
          return Combinators.combine(each).as(list -> list);
        });
    return measures.flatMap(list -> {
      List<Arbitrary<ProxyValue>> proxies = new ArrayList<>();
      List<Measure> monetised = new ArrayList<>();
      for (Measure m : list) {
        if (m.isMonetised()) {
          monetised.add(m);
          proxies.add(proxy(m.unit()));
        }
      }
      Arbitrary<List<ProxyValue>> values = proxies.isEmpty() ? Arbitraries.just(List.of())
          : Combinators.combine(proxies).as(l -> l);
      return Combinators.combine(values, text(), text(), Arbitraries.integers().between(0, 3000)).as(
          (proxyValues, title, provenance, days) -> {
            ProxyEdition.Builder edition = ProxyEdition.builder().id("edition").version("1").title(title)
                .currency(Samples.GBP).licence("illustrative");
            for (int i = 0; i < monetised.size(); i++) {
              edition.putValues(monetised.get(i).code(), proxyValues.get(i));
            }
            LocalDate from = LocalDate.of(2024, 4, 1);
            return Framework.builder().id("framework").title(title).edition("1")
                .validity(ValidityPeriod.of(from, from.plusDays(days))).currency(Samples.GBP)
                .provenance(provenance).licenceNote("illustrative")
                .addSchemes(PriorityScheme.builder().id("lcc").title("Council")
                    .addPriorities(Priority.of("a", "A"), Priority.of("b", "B")).build())
                .addThemes(Theme.of("theme", "Theme")).addOutcomes(Outcome.of("outcome", "Outcome", "theme"))
                .addAllMeasures(list).addProxyEditions(edition.build()).build();
          });
    });
  }

  private static javax.money.MonetaryAmount money(BigDecimal amount) {
    return Amounts.of(amount, Samples.GBP);
  }
}
