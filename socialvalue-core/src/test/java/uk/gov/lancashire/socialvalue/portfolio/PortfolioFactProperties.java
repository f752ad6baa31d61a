package uk.gov.lancashire.socialvalue.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;

import java.math.BigDecimal;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;

/**
 * The laws of a portfolio fact as a record: the factories and the canonical constructor make the same
 * fact, equal components make equal facts, and the text form names every component.
 */
class PortfolioFactProperties {

  @Provide
  Arbitrary<PortfolioFact> facts() {
    Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals()
        .between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1_000_000)).ofScale(3);
    return Combinators.combine(
        Arbitraries.of("C1", "C2"), Arbitraries.of("prime", "sub"),
        Arbitraries.of(ProcurementFixtures.LOCAL_JOBS, ProcurementFixtures.TRAINING), Arbitraries.of(LocalStatus.class),
        Arbitraries.integers().between(2024, 2026).map(FinancialYear::of), Arbitraries.of(ValueStage.class),
        amount, amount)
        .as((c, s, m, l, y, st, q, v) -> PortfolioFact.of(c, s, m, l, y, st, q, v, GBP, OptionalInt.of(2024)));
  }

  @Property(tries = 300)
  void equalComponentsMakeEqualFacts(@ForAll("facts") PortfolioFact f) {
    PortfolioFact copy = new PortfolioFact(f.contract(), f.supplier(), f.measure(), f.local(), f.year(), f.stage(),
        f.quantity(), f.value(), f.currency(), f.priceYear());

    assertThat(copy).isEqualTo(f).hasSameHashCodeAs(f).hasToString(f.toString());
    assertThat(f.toString()).contains(f.contract(), f.supplier(), f.measure().toString(), f.value().toPlainString(),
        "GBP", "(2024 prices)");
  }

  @Property(tries = 100)
  void overlongDecimalsAreRefusedAtTheirName(@ForAll("facts") PortfolioFact f) {
    BigDecimal huge = BigDecimal.ONE.scaleByPowerOfTen(100_000);

    assertThatThrownBy(() -> new PortfolioFact(f.contract(), f.supplier(), f.measure(), f.local(), f.year(),
        f.stage(), f.quantity(), huge, f.currency(), f.priceYear()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("value");
  }
}
