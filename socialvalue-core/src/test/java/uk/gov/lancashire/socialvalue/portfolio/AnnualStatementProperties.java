package uk.gov.lancashire.socialvalue.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.framework.Framework;

/**
 * The laws of the annual statement as a record: it depends only on the portfolio's facts, not on their
 * order (equal statements, equal text), and equal components make an equal statement.
 */
class AnnualStatementProperties {

  private static final Framework FRAMEWORK = ProcurementFixtures.framework();

  @Provide
  Arbitrary<List<PortfolioFact>> facts() {
    Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, BigDecimal.valueOf(1_000_000)).ofScale(2);
    return Combinators.combine(
        Arbitraries.of("C1", "C2", "C3"), Arbitraries.of("prime", "sub"),
        Arbitraries.of(ProcurementFixtures.LOCAL_JOBS, ProcurementFixtures.LTU_HIRES, ProcurementFixtures.TRAINING),
        Arbitraries.of(LocalStatus.class), Arbitraries.integers().between(2024, 2025).map(FinancialYear::of),
        Arbitraries.of(ValueStage.class), amount, amount)
        .as((c, s, m, l, y, st, q, v) -> PortfolioFact.of(c, s, m, l, y, st, q, v, GBP)).list().ofMaxSize(25);
  }

  @Property(tries = 150)
  void theStatementDoesNotDependOnTheOrderOfFacts(@ForAll("facts") List<PortfolioFact> facts, @ForAll long seed) {
    List<PortfolioFact> shuffled = new ArrayList<>(facts);
    Collections.shuffle(shuffled, new Random(seed));

    AnnualStatement a = AnnualStatement.of(PortfolioAggregate.of(facts), FRAMEWORK, FinancialYear.of(2024), 2);
    AnnualStatement b = AnnualStatement.of(PortfolioAggregate.of(shuffled), FRAMEWORK, FinancialYear.of(2024), 2);

    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(b.render()).isEqualTo(a.render());
  }

  @Property(tries = 100)
  void equalComponentsMakeAnEqualStatement(@ForAll("facts") List<PortfolioFact> facts) {
    AnnualStatement s = AnnualStatement.of(PortfolioAggregate.of(facts), FRAMEWORK, FinancialYear.of(2024), 3);
    AnnualStatement copy = new AnnualStatement(s.year(), s.currency(), s.byStage(), s.byPriority(), s.topMeasures(),
        s.shortfalls());

    assertThat(copy).isEqualTo(s).hasSameHashCodeAs(s).hasToString(s.toString());
  }
}
