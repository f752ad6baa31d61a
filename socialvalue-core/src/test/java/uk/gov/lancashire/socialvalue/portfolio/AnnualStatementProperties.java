package uk.gov.lancashire.socialvalue.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import net.jqwik.api.constraints.IntRange;
import javax.money.Monetary;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
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

  /**
   * The statement's lists follow their rules: the top measures are the {@code n} measures with the most
   * verified value, highest first, ties by code; the shortfalls are every contract whose verified value is
   * below its committed value, largest shortfall first, ties by contract.
   */
  @Property(tries = 150)
  void topMeasuresAndShortfallsFollowTheirOrder(@ForAll("facts") List<PortfolioFact> facts,
      @ForAll @IntRange(min = 0, max = 3) int n) {
    PortfolioAggregate portfolio = PortfolioAggregate.of(facts);
    AnnualStatement s = AnnualStatement.of(portfolio, FRAMEWORK, FinancialYear.of(2024), n);
    PortfolioAggregate inYear = portfolio.forYear(FinancialYear.of(2024));
    java.util.SortedMap<MeasureCode, Totals> verified = inYear.only(ValueStage.VERIFIED).byMeasure();

    assertThat(s.topMeasures()).hasSize(Math.min(n, verified.size()));
    for (int i = 1; i < s.topMeasures().size(); i++) {
      BigDecimal before = Amounts.decimal(s.topMeasures().get(i - 1).getValue().value());
      BigDecimal after = Amounts.decimal(s.topMeasures().get(i).getValue().value());
      assertThat(before.compareTo(after) > 0 || before.compareTo(after) == 0
          && s.topMeasures().get(i - 1).getKey().compareTo(s.topMeasures().get(i).getKey()) < 0)
          .as("top measures highest first, ties by code").isTrue();
    }
    s.topMeasures().forEach(e -> assertThat(e.getValue()).isEqualTo(verified.get(e.getKey())));
    verified.forEach((m, t) -> {
      if (s.topMeasures().size() == n && n > 0 && s.topMeasures().stream().noneMatch(e -> e.getKey().equals(m))) {
        assertThat(Amounts.decimal(t.value())).isLessThanOrEqualTo(
            Amounts.decimal(s.topMeasures().get(n - 1).getValue().value()));
      }
    });

    java.util.SortedMap<String, Totals> committed = inYear.only(ValueStage.COMMITTED).byContract();
    java.util.SortedMap<String, Totals> done = inYear.only(ValueStage.VERIFIED).byContract();
    long expected = committed.entrySet().stream().filter(e -> Amounts.decimal(e.getValue().value()).compareTo(
        done.containsKey(e.getKey()) ? Amounts.decimal(done.get(e.getKey()).value()) : BigDecimal.ZERO) > 0).count();
    assertThat(s.shortfalls()).hasSize((int) expected)
        .allSatisfy(c -> assertThat(Amounts.decimal(c.shortfall())).isPositive());
    for (int i = 1; i < s.shortfalls().size(); i++) {
      ContractShortfall before = s.shortfalls().get(i - 1);
      ContractShortfall after = s.shortfalls().get(i);
      int bySize = Amounts.decimal(before.shortfall()).compareTo(Amounts.decimal(after.shortfall()));
      assertThat(bySize > 0 || bySize == 0 && before.contract().compareTo(after.contract()) < 0)
          .as("largest shortfall first, ties by contract").isTrue();
    }
  }

  @Property(tries = 50)
  void figuresInAnotherCurrencyOrNullsAreRefused(@ForAll("facts") List<PortfolioFact> facts) {
    AnnualStatement s = AnnualStatement.of(PortfolioAggregate.of(facts), FRAMEWORK, FinancialYear.of(2024), 3);
    Totals euros = new Totals(Amounts.of(BigDecimal.ONE, Monetary.getCurrency("EUR")), java.util.Optional.empty(), 1);
    java.util.SortedMap<ValueStage, Totals> byStage = new java.util.TreeMap<>(s.byStage());
    byStage.put(ValueStage.CLAIMED, euros);

    assertThatThrownBy(() -> new AnnualStatement(s.year(), s.currency(), byStage, s.byPriority(), s.topMeasures(),
        s.shortfalls())).isInstanceOf(ValidationException.class).hasMessageContaining("byStage");
    assertThatThrownBy(() -> new AnnualStatement(s.year(), s.currency(), s.byStage(), s.byPriority(),
        List.of(java.util.Map.entry(ProcurementFixtures.TRAINING, euros)), s.shortfalls()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("topMeasures[0]");
    assertThatThrownBy(() -> new AnnualStatement(s.year(), s.currency(), s.byStage(), s.byPriority(), null,
        s.shortfalls())).isInstanceOf(NullPointerException.class).hasMessage("topMeasures");
    assertThatThrownBy(() -> new AnnualStatement(s.year(), s.currency(), s.byStage(), s.byPriority(), s.topMeasures(),
        java.util.Arrays.asList((ContractShortfall) null))).isInstanceOf(NullPointerException.class)
        .hasMessage("shortfalls[0]");
    assertThatThrownBy(() -> s.value(null)).isInstanceOf(NullPointerException.class).hasMessage("stage");
  }
}
