package uk.gov.lancashire.socialvalue.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.ContractDelivery;
import uk.gov.lancashire.socialvalue.delivery.CountedRecord;
import uk.gov.lancashire.socialvalue.delivery.Exclusion;
import uk.gov.lancashire.socialvalue.delivery.ExclusionReason;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;

/**
 * Turns a contract's counted delivery into portfolio facts:
 * <ul>
 *   <li>{@link ValueStage#COMMITTED}: each KPI's schedule summed per financial year, under the prime
 *       supplier, locality {@link LocalStatus#UNKNOWN} (a commitment has no location);
 *   <li>each counted record under its status's stage, with its attributed quantity, value and locality;
 *   <li>each rejected record under {@link ValueStage#REJECTED}, so rejected value stays visible.
 * </ul>
 * Records excluded as duplicates, group conflicts, first-year-only or outside the term are not facts:
 * they are reported by {@link ContractDelivery#exclusions()} and never reach a total.
 */
public final class PortfolioFacts {

  private PortfolioFacts() {}

  /**
   * @param delivery a contract's counted delivery
   * @return its facts
   */
  public static List<PortfolioFact> of(ContractDelivery delivery) {
    Contract contract = delivery.contract();
    List<PortfolioFact> facts = new ArrayList<>();
    for (Kpi kpi : contract.kpis()) {
      Map<FinancialYear, BigDecimal> byYear = new TreeMap<>();
      for (Map.Entry<FinancialQuarter, BigDecimal> e : contract.schedule(kpi.measure()).entrySet()) {
        byYear.merge(e.getKey().year(), e.getValue(), BigDecimal::add);
      }
      byYear.forEach((year, quantity) -> facts.add(PortfolioFact.of(contract.id(), contract.primeSupplier(),
          kpi.measure(), LocalStatus.UNKNOWN, year, ValueStage.COMMITTED, quantity,
          delivery.valuer().value(kpi.measure(), quantity), contract.currency())));
    }
    for (CountedRecord c : delivery.counted()) {
      facts.add(PortfolioFact.of(contract.id(), c.record().supplier(), c.record().measure(), c.local(),
          c.record().period().year(), ValueStage.of(c.record().status()), c.quantity(), c.value(), contract.currency()));
    }
    for (Exclusion e : delivery.exclusions()) {
      if (e.reason() == ExclusionReason.REJECTED) {
        BigDecimal quantity = e.record().attributedQuantity();
        facts.add(PortfolioFact.of(contract.id(), e.record().supplier(), e.record().measure(),
            contract.locality().classify(e.record().location()), e.record().period().year(), ValueStage.REJECTED,
            quantity, delivery.valuer().value(e.record().measure(), quantity), contract.currency()));
      }
    }
    return facts;
  }
}
