package uk.gov.lancashire.socialvalue.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_JOBS;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LTU_HIRES;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.TRAINING;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.record;
import static uk.gov.lancashire.socialvalue.delivery.RecordStatus.CLAIMED;
import static uk.gov.lancashire.socialvalue.delivery.RecordStatus.REJECTED;
import static uk.gov.lancashire.socialvalue.delivery.RecordStatus.VERIFIED;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.ContractDelivery;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

class AnnualStatementTest {

  private static final Framework FRAMEWORK = ProcurementFixtures.framework();
  private static final CommitmentValuer VALUER = CommitmentValuer.pinned(ProcurementFixtures.edition());

  private static ContractDelivery delivery(String contract, String prime, DeliveryRecord... records) {
    return ContractDelivery.count(FRAMEWORK, ProcurementFixtures.contract(contract, prime),
        ProcurementFixtures.chain(prime), VALUER, List.of(records));
  }

  @Test
  void statementForOneYearFromTwoContracts() {
    // Each fixture contract commits, in 2024/25: 4 FTE-years (120,000), 2 hires (40,000), 40 weeks (12,000).
    ContractDelivery c1 = delivery("C1", "acme",
        record("a", "2024/25-Q1", LOCAL_JOBS, "4", "acme", VERIFIED).build(),
        record("b", "2024/25-Q2", LTU_HIRES, "2", "acme", VERIFIED).claimKey("p1").build(),
        record("c", "2024/25-Q3", TRAINING, "40", "acme", VERIFIED).build(),
        record("d", "2025/26-Q1", TRAINING, "40", "acme", VERIFIED).build());
    ContractDelivery c2 = delivery("C2", "bolt",
        record("a", "2024/25-Q1", LOCAL_JOBS, "1", "bolt", VERIFIED).build(),
        record("b", "2024/25-Q2", TRAINING, "10", "sub", CLAIMED).build(),
        record("c", "2024/25-Q2", TRAINING, "5", "sub", REJECTED).build());
    PortfolioAggregate portfolio = Stream.of(c1, c2).flatMap(d -> PortfolioFacts.of(d).stream())
        .collect(PortfolioAggregate.collector());

    AnnualStatement statement = AnnualStatement.of(portfolio, FRAMEWORK, FinancialYear.of(2024), 2);

    assertThat(Amounts.decimal(statement.committed())).isEqualByComparingTo("344000");
    assertThat(Amounts.decimal(statement.delivered())).isEqualByComparingTo("202000"); // C1 172,000 + C2 30,000
    assertThat(Amounts.decimal(statement.value(ValueStage.CLAIMED))).isEqualByComparingTo("3000");
    assertThat(Amounts.decimal(statement.value(ValueStage.REJECTED))).isEqualByComparingTo("1500");
    assertThat(statement.topMeasures()).extracting(e -> e.getKey()).containsExactly(LOCAL_JOBS, LTU_HIRES);
    assertThat(statement.shortfalls()).extracting(ContractShortfall::contract).containsExactly("C2");
    assertThat(Amounts.decimal(statement.shortfalls().get(0).shortfall())).isEqualByComparingTo("142000");
    assertThat(Amounts.decimal(statement.byPriority().get("lcc").breakdown().total().value())).isEqualByComparingTo("202000");
    assertThat(statement.render()).contains("Social value statement 2024/25", "Committed: 344000.00 GBP",
        "  C2: committed 172000.00, delivered 30000.00, shortfall 142000.00");
  }

  @Test
  void renderedPriorityPartsAddUpToTheRenderedTotal() {
    // 0.0000005 FTE × £20,000 = £0.01, split equally between growth and caring: £0.005 each. Rounding each
    // half up on its own would show 0.01 + 0.01 = 0.02 under a total of 0.01; the largest-remainder
    // allocation shows 0.01 + 0.00.
    ContractDelivery c = delivery("C1", "acme",
        record("a", "2024/25-Q1", LTU_HIRES, "0.0000005", "acme", VERIFIED).claimKey("p1").build());
    PortfolioAggregate portfolio = PortfolioAggregate.of(PortfolioFacts.of(c));

    String rendered = AnnualStatement.of(portfolio, FRAMEWORK, FinancialYear.of(2024), 2).render();

    String section = rendered.substring(rendered.indexOf("Delivered by priority (lcc)"), rendered.indexOf("Top measures"));
    assertThat(section).startsWith("Delivered by priority (lcc), adding up to 0.01:");
    java.math.BigDecimal sum = section.lines().skip(1)
        .map(line -> new java.math.BigDecimal(line.substring(line.lastIndexOf(' ') + 1)))
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    assertThat(sum).isEqualByComparingTo("0.01");
  }
}
