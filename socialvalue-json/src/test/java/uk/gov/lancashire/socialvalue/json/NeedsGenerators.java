package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.needs.Area;
import uk.gov.lancashire.socialvalue.needs.Direction;
import uk.gov.lancashire.socialvalue.needs.Indicator;
import uk.gov.lancashire.socialvalue.needs.IndicatorLink;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;
import uk.gov.lancashire.socialvalue.needs.Observation;
import uk.gov.lancashire.socialvalue.targets.Milestone;
import uk.gov.lancashire.socialvalue.targets.StrategyPlan;
import uk.gov.lancashire.socialvalue.targets.Target;
import uk.gov.lancashire.socialvalue.targets.TargetSubject;

/**
 * jqwik generators of valid needs analyses and strategy plans, with decimals of any sign (where allowed),
 * 0 to 8 decimal places and up to 21 digits, trailing zeros included.
 */
final class NeedsGenerators {

  private NeedsGenerators() {}

  /** Any decimal: sign, up to 21 digits, scale 0 to 8 (so "1.50" and "-0.00000001" occur). */
  static Arbitrary<BigDecimal> decimal() {
    BigInteger max = BigInteger.TEN.pow(21);
    return Combinators.combine(Arbitraries.bigIntegers().between(max.negate(), max), Arbitraries.integers().between(0, 8))
        .as(BigDecimal::new);
  }

  static Arbitrary<BigDecimal> nonNegative() {
    return decimal().map(d -> d.signum() < 0 ? d.negate() : d);
  }

  static Arbitrary<Indicator> indicator(int n) {
    return Combinators.combine(Generators.text(), Generators.text(), Arbitraries.of(Direction.class),
        Generators.text(), Arbitraries.integers().between(1900, 2200))
        .as((title, unit, direction, source, year) -> Indicator.builder().id("indicator-" + n).title(title)
            .unitLabel(unit).direction(direction).source(source).year(year).build());
  }

  private static Arbitrary<List<IndicatorLink>> links(String indicatorId) {
    Arbitrary<IndicatorLink> measure = Generators.amount().map(w -> IndicatorLink.toMeasure(indicatorId,
        MeasureCode.of("NT", 1, ""), w));
    Arbitrary<IndicatorLink> outcome = Combinators.combine(Generators.id(), Generators.amount())
        .as((o, w) -> IndicatorLink.toOutcome(indicatorId, o, w));
    Arbitrary<IndicatorLink> priority = Combinators.combine(Generators.id(), Generators.id(), Generators.amount())
        .as((s, p, w) -> IndicatorLink.toPriority(indicatorId, s, p, w));
    // at most one of each kind per indicator, so no two links share a target
    return Combinators.combine(measure.optional(), outcome.optional(), priority.optional()).as((m, o, p) -> {
      List<IndicatorLink> list = new ArrayList<>();
      m.ifPresent(list::add);
      o.ifPresent(list::add);
      p.ifPresent(list::add);
      return list;
    });
  }

  static Arbitrary<NeedsAnalysis> analysis() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
        .flatAs((indicatorCount, areaCount) -> {
          List<Arbitrary<Indicator>> indicators = new ArrayList<>();
          List<Arbitrary<List<IndicatorLink>>> links = new ArrayList<>();
          for (int i = 1; i <= indicatorCount; i++) {
            indicators.add(indicator(i));
            links.add(links("indicator-" + i));
          }
          List<Arbitrary<Area>> areas = new ArrayList<>();
          for (int a = 1; a <= areaCount; a++) {
            int n = a;
            areas.add(Generators.text().map(name -> Area.of("area-" + n, name)));
          }
          List<Arbitrary<List<Observation>>> observations = new ArrayList<>();
          for (int i = 1; i <= indicatorCount; i++) {
            for (int a = 1; a <= areaCount; a++) {
              String indicatorId = "indicator-" + i;
              String areaId = "area-" + a;
              observations.add(Combinators.combine(decimal(), decimal().filter(d -> d.signum() != 0),
                  Arbitraries.of(true, true, false)).as((current, desired, present) -> present
                      ? List.of(Observation.of(indicatorId, areaId, current, desired)) : List.of()));
            }
          }
          return Combinators.combine(all(indicators), all(areas), all(observations), all(links))
              .as((is, as, os, ls) -> NeedsAnalysis.builder().addAllIndicators(is).addAllAreas(as)
                  .addAllObservations(flat(os)).addAllLinks(flat(ls)).build());
        });
  }

  static Arbitrary<TargetSubject> subject(int n) {
    return Arbitraries.of(true, false).map(measure -> measure ? TargetSubject.measure(MeasureCode.of("NT", n, ""))
        : TargetSubject.priority("lcc", "priority-" + n));
  }

  static Arbitrary<Milestone> milestone(int n) {
    LocalDate base = LocalDate.of(2024, 4, 1);
    return Combinators.combine(Generators.text(), Arbitraries.integers().between(0, 2000),
        Arbitraries.integers().between(0, 2000).optional(), Arbitraries.integers().between(0, 500).optional())
        .as((title, due, started, length) -> {
          Milestone.Builder b = Milestone.builder().id("milestone-" + n).title(title).due(base.plusDays(due));
          started.ifPresent(s -> b.started(base.plusDays(s)));
          length.ifPresent(l -> b.completed(base.plusDays(started.orElse(0) + l)));
          return b.build();
        });
  }

  static Arbitrary<StrategyPlan> plan() {
    return Combinators.combine(Arbitraries.integers().between(1990, 2100), Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
        .flatAs((first, span, subjectCount, milestoneCount) -> {
          List<Arbitrary<List<Target>>> targets = new ArrayList<>();
          for (int s = 1; s <= subjectCount; s++) {
            int n = s;
            targets.add(subject(n).flatMap(subject -> {
              List<Arbitrary<Target>> years = new ArrayList<>();
              for (int y = first; y <= first + span; y++) {
                FinancialYear year = FinancialYear.of(y);
                years.add(Combinators.combine(nonNegative(), Generators.text())
                    .as((value, unit) -> Target.of(subject, year, value, unit)));
              }
              return all(years);
            }));
          }
          List<Arbitrary<Milestone>> milestones = new ArrayList<>();
          for (int m = 1; m <= milestoneCount; m++) {
            milestones.add(milestone(m));
          }
          return Combinators.combine(Generators.id(), Generators.text(), all(targets), all(milestones))
              .as((id, title, ts, ms) -> StrategyPlan.builder().id(id).title(title).firstYear(FinancialYear.of(first))
                  .lastYear(FinancialYear.of(first + span)).addAllTargets(flat(ts)).addAllMilestones(ms).build());
        });
  }

  private static <T> Arbitrary<List<T>> all(List<Arbitrary<T>> each) {
    return each.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(each).as(list -> list);
  }

  private static <T> List<T> flat(List<List<T>> lists) {
    List<T> all = new ArrayList<>();
    lists.forEach(all::addAll);
    return all;
  }
}
