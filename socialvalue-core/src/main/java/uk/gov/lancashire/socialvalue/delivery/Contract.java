package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.tender.Commitment;
import uk.gov.lancashire.socialvalue.tender.Tender;

/**
 * An awarded contract: its term, the prime supplier, the proxy edition pinned at tender time, what
 * "local" means for it, and its social value KPIs.
 *
 * <p>A contract starts on the first day of a financial quarter and runs whole contract years, each of
 * four quarters of the UK financial year (April to March): a contract starting in 2024/25-Q3 has year 1
 * from 2024/25-Q3 to 2025/26-Q2. Each KPI's yearly quantity is scheduled evenly over its year's four
 * quarters (a division by 4, always exact).
 *
 * <p>The term is bounded like every duration in the SDK: from 1 to {@link Adjustments#MAX_DURATION_YEARS}
 * (200) years, the longest horizon of the Green Book discount schedule; a longer term is refused with its
 * path ({@code termYears}), never overflowed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Contract implements WithContract {

  Contract() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Turns an awarded bid's commitments into a contract's KPIs (one KPI per measure). Only commitments the
   * evaluation could score become KPIs: those within the term and on the tender's shortlist. The others
   * were flagged at evaluation and are left for the council to clarify, not silently made contractual.
   *
   * @param id the contract id
   * @param tender the tender the bid won; gives term, currency and the pinned edition
   * @param bid the awarded bid; its bidder becomes the prime supplier
   * @param start the first quarter of the contract
   * @param locality what "local" means for this contract
   * @return the contract
   */
  public static Contract awarded(String id, Tender tender, Bid bid, FinancialQuarter start, Locality locality) {
    Map<MeasureCode, Kpi.Builder> kpis = new LinkedHashMap<>();
    Map<MeasureCode, Map<Integer, BigDecimal>> sums = new LinkedHashMap<>();
    for (Commitment c : bid.commitments()) {
      // only what the evaluation could score becomes a KPI: a commitment beyond the term or off the
      // shortlist was flagged and not scored, and is left for the council to clarify
      if (c.year() <= tender.termYears() && tender.scheme().shortlist().contains(c.measure())) {
        sums.computeIfAbsent(c.measure(), m -> new TreeMap<>()).merge(c.year(), c.quantity(), BigDecimal::add);
      }
    }
    sums.forEach((measure, yearly) -> kpis.put(measure, Kpi.builder().measure(measure).putAllYearly(yearly)));
    Builder b = builder().id(id).title(tender.title()).currency(tender.currency()).start(start)
        .termYears(tender.termYears()).editionReference(tender.editionReference())
        .primeSupplier(bid.bidder()).locality(locality);
    kpis.values().forEach(k -> b.addKpis(k.build()));
    return b.build();
  }

  /** @return the contract id */
  public abstract String id();

  /** @return the title */
  public abstract String title();

  /** @return the currency of values */
  public abstract CurrencyUnit currency();

  /** @return the first quarter of the contract */
  public abstract FinancialQuarter start();

  /** @return the term in whole years */
  public abstract int termYears();

  /** @return the proxy edition pinned at tender time, {@code id@version} */
  public abstract String editionReference();

  /** @return the id of the prime contractor (tier 1 of the supply chain) */
  public abstract String primeSupplier();

  /** @return what "local" means for this contract */
  public abstract Locality locality();

  /** @return the KPIs, one per measure */
  public abstract List<Kpi> kpis();

  /** @return every quarter of the term, in order */
  @Value.Lazy
  public List<FinancialQuarter> quarters() {
    List<FinancialQuarter> quarters = new ArrayList<>();
    FinancialQuarter q = start();
    for (int i = 0; i < termYears() * 4; i++) {
      quarters.add(q);
      q = q.next();
    }
    return List.copyOf(quarters);
  }

  /**
   * @param quarter a quarter
   * @return the contract year it falls in (1 for the first), or 0 when it is outside the term
   */
  public int contractYear(FinancialQuarter quarter) {
    int index = quarters().indexOf(quarter);
    return index < 0 ? 0 : index / 4 + 1;
  }

  /**
   * @param measure a measure
   * @return its KPI, if the contract has one
   */
  public Optional<Kpi> kpi(MeasureCode measure) {
    return kpis().stream().filter(k -> k.measure().equals(measure)).findFirst();
  }

  /**
   * @param measure a measure
   * @return the committed quantity per quarter (each year's quantity ÷ 4); empty without a KPI
   */
  public NavigableMap<FinancialQuarter, BigDecimal> schedule(MeasureCode measure) {
    NavigableMap<FinancialQuarter, BigDecimal> schedule = new TreeMap<>();
    kpi(measure).ifPresent(kpi -> {
      for (FinancialQuarter q : quarters()) {
        BigDecimal yearly = kpi.yearly().getOrDefault(contractYear(q), BigDecimal.ZERO);
        schedule.put(q, yearly.divide(BigDecimal.valueOf(4)));
      }
    });
    return schedule;
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    problems.check(termYears() >= 1 && termYears() <= Adjustments.MAX_DURATION_YEARS, "termYears",
        "must be from 1 to " + Adjustments.MAX_DURATION_YEARS + " years, was " + termYears());
    problems.check(!primeSupplier().isBlank(), "primeSupplier", "must not be blank");
    Set<MeasureCode> measures = new HashSet<>();
    for (int i = 0; i < kpis().size(); i++) {
      Kpi kpi = kpis().get(i);
      problems.check(measures.add(kpi.measure()), ProblemPath.of("kpis").index(i), "duplicate KPI for " + kpi.measure());
      kpi.yearly().keySet().forEach(y -> problems.check(y <= Math.min(termYears(), Adjustments.MAX_DURATION_YEARS), ProblemPath.of("kpis").key(kpi.measure()).property("yearly").key(y),
          "year " + y + " is beyond the " + termYears() + "-year term"));
    }
    problems.throwIfAny();
  }

  /** Builds a {@link Contract}. */
  public static final class Builder extends ImmutableContract.Builder {
    Builder() {}
  }
}
