package uk.gov.lancashire.socialvalue.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;

/** A national row's fact states its price year as the core's facts do, so mixed price years are refused on both paths. */
class NationalRecordTest {

  private static final ProxyEdition EDITION = IllustrativeNational.edition();

  @Test
  void aFactStatesThePriceYearOfItsProxyAndNoneForARecordOnlyMeasure() {
    CommitmentValuer valuer = CommitmentValuer.pinned(EDITION);

    assertThat(row("r1", 0).fact(valuer).priceYear()).isEqualTo(OptionalInt.of(2024));
    assertThat(IllustrativeNational.valued(5)).isFalse();
    assertThat(row("r2", 5).fact(valuer).priceYear()).isEqualTo(OptionalInt.empty());
  }

  @Test
  void valuesOfTwoPriceYearsAreRefusedByTheAggregateAndTheFastPathAlike() {
    Map<MeasureCode, ProxyValue> values = new HashMap<>(EDITION.values());
    MeasureCode older = IllustrativeNational.code(1);
    values.put(older, values.get(older).withPriceYear(2023));
    ProxyEdition mixed = EDITION.withValues(values);
    CommitmentValuer valuer = CommitmentValuer.pinned(mixed);
    List<NationalRecord> rows = List.of(row("r1", 0), row("r2", 1));

    PortfolioAggregate aggregate = PortfolioAggregate.of(rows.stream().map(r -> r.fact(valuer)).toList());
    PortfolioRollup.Accumulator fast = PortfolioRollup.of(IllustrativeNational.framework(), mixed).accumulator();
    rows.forEach(r -> fast.add(r.record()));

    assertThat(aggregate.priceYears()).containsExactly(2023, 2024);
    assertThat(fast.result().priceYears()).containsExactly(2023, 2024);
    assertThatThrownBy(aggregate::total).isInstanceOf(ValidationException.class).hasMessageContaining("priceYear");
    assertThatThrownBy(() -> fast.result().total()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("priceYear").hasMessageContaining("2023 prices (measures NR2)");
  }

  private static NationalRecord row(String id, int measure) {
    DeliveryRecord record = DeliveryRecord.builder().id(id).period(FinancialQuarter.parse("2024/25-Q1"))
        .measure(IllustrativeNational.code(measure)).quantity(BigDecimal.TEN).supplier("s1").status(RecordStatus.CLAIMED)
        .build();
    return new NationalRecord("council-a", "C1", record, ValueStage.VERIFIED, LocalStatus.LOCAL);
  }
}
