package uk.gov.lancashire.socialvalue.portfolio;

import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.framework.Alignment;
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
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

/**
 * A framework for the roll-up tests with every way of splitting a measure between priorities:
 * weighted (0.6 / 0.4 and 0.25 / 0.75), equal between three (a split that never terminates), equal
 * between two, single, unaligned and record-only. All values are ILLUSTRATIVE ONLY, invented for tests.
 */
final class RollupFixtures {

  static final MeasureCode WEIGHTED = MeasureCode.parse("NT1");
  static final MeasureCode THREE_WAY = MeasureCode.parse("NT2");
  static final MeasureCode SINGLE = MeasureCode.parse("NT3");
  static final MeasureCode UNALIGNED = MeasureCode.parse("NT4");
  static final MeasureCode RECORD_ONLY = MeasureCode.parse("NT5");
  static final List<MeasureCode> MEASURES = List.of(WEIGHTED, THREE_WAY, SINGLE, UNALIGNED, RECORD_ONLY);

  private RollupFixtures() {}

  static Framework framework() {
    return Framework.builder()
        .id("rollup-test").title("Roll-up test framework (illustrative)").edition("2024")
        .validity(ValidityPeriod.of(LocalDate.of(2022, 4, 1), LocalDate.of(2030, 3, 31)))
        .currency(GBP).provenance("tests").licenceNote("illustrative")
        .addSchemes(PriorityScheme.builder().id("lcc").title("LCC")
                .addPriorities(Priority.of("growth", "Growth"), Priority.of("caring", "Caring"),
                    Priority.of("environment", "Environment")).build(),
            PriorityScheme.builder().id("county").title("County")
                .addPriorities(Priority.of("people", "People"), Priority.of("place", "Place")).build())
        .addThemes(Theme.of("jobs", "Jobs"), Theme.of("environment", "Environment"), Theme.of("empty", "Empty"))
        .addOutcomes(Outcome.of("employment", "Employment", "jobs"), Outcome.of("carbon", "Carbon", "environment"))
        .addMeasures(
            measure(WEIGHTED, MeasureKind.MONETISED, "employment",
                Alignment.weighted("lcc", "growth", new BigDecimal("0.6")),
                Alignment.weighted("lcc", "caring", new BigDecimal("0.4")),
                Alignment.weighted("county", "people", new BigDecimal("0.25")),
                Alignment.weighted("county", "place", new BigDecimal("0.75"))),
            measure(THREE_WAY, MeasureKind.MONETISED, "employment", Alignment.of("lcc", "caring"),
                Alignment.of("lcc", "growth"), Alignment.of("lcc", "environment"),
                Alignment.of("county", "people"), Alignment.of("county", "place")),
            measure(SINGLE, MeasureKind.MONETISED, "carbon", Alignment.of("lcc", "environment")),
            measure(UNALIGNED, MeasureKind.MONETISED, "carbon"),
            measure(RECORD_ONLY, MeasureKind.RECORD_ONLY, "employment"))
        .build();
  }

  private static Measure measure(MeasureCode code, MeasureKind kind, String outcome, Alignment... alignments) {
    return Measure.builder().code(code).title("Measure " + code).unit(Unit.COUNT).kind(kind).outcomeId(outcome)
        .addAlignments(alignments).build();
  }

  /** An edition pricing the first four measures (not the record-only one). */
  static ProxyEdition edition(List<BigDecimal> proxies) {
    return edition(proxies, List.of(2024, 2024, 2024, 2024));
  }

  /** An edition pricing the first four measures, each proxy in its own price year. */
  static ProxyEdition edition(List<BigDecimal> proxies, List<Integer> priceYears) {
    ProxyEdition.Builder b = ProxyEdition.builder().id("rollup-test").version("1").title("Illustrative")
        .currency(GBP).licence("illustrative");
    for (int i = 0; i < 4; i++) {
      b.putValues(MEASURES.get(i), ProxyValue.builder().amount(Amounts.of(proxies.get(i), GBP)).unit(Unit.COUNT)
          .priceYear(priceYears.get(i)).source("ILLUSTRATIVE ONLY: invented for tests").licence("illustrative").build());
    }
    return b.build();
  }

  /** One record: what the straightforward engine and the fast path are both given. */
  static final class Rec {
    final int contract;
    final MeasureCode measure;
    final int year;
    final BigDecimal quantity;

    Rec(int contract, MeasureCode measure, int year, BigDecimal quantity) {
      this.contract = contract;
      this.measure = measure;
      this.year = year;
      this.quantity = quantity;
    }

    /** The straightforward engine's fact: valued by the pinned valuer, as PortfolioFacts does. */
    PortfolioFact fact(CommitmentValuer valuer) {
      return PortfolioFact.of("C" + contract, "S" + contract, measure, LocalStatus.UNKNOWN,
          FinancialYear.of(year), ValueStage.VERIFIED, quantity, valuer.value(measure, quantity), GBP,
          valuer.priceYear(measure));
    }

    @Override
    public String toString() {
      return "C" + contract + "/" + measure + "/" + year + "/" + quantity;
    }
  }
}
