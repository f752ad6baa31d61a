package uk.gov.lancashire.socialvalue.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.ContractDelivery;
import uk.gov.lancashire.socialvalue.delivery.CountedRecord;
import uk.gov.lancashire.socialvalue.delivery.Exclusion;
import uk.gov.lancashire.socialvalue.delivery.ExclusionReason;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.framework.CountingRules;
import uk.gov.lancashire.socialvalue.framework.Measure;

/**
 * Turns contracts' counted delivery into portfolio facts:
 * <ul>
 *   <li>{@link ValueStage#COMMITTED}: each KPI's schedule summed per financial year, under the prime
 *       supplier, locality {@link LocalStatus#UNKNOWN} (a commitment has no location);
 *   <li>each counted record under its status's stage, with its attributed quantity, value and locality;
 *   <li>each rejected record under {@link ValueStage#REJECTED}, so rejected value stays visible.
 * </ul>
 * Every value states its price year (from the contract's valuer), so an aggregate never adds values of
 * different price years without restating them. Records excluded as duplicates, group conflicts,
 * first-year-only, not local or outside the term are not facts: they are reported by
 * {@link ContractDelivery#exclusions()} and never reach a total.
 *
 * <p><strong>Across contracts</strong> ({@link #of(Collection)}): no double counting across a council's
 * contracts either (council TOMs guidance: each person or outcome is claimed once; Torbay Council, "TOMs
 * dos and don'ts", https://www.torbay.gov.uk/council/social-value/toms-dos-and-donts/). Records of the
 * same claim (claim key and measure, and period unless the measure is first-year-only) on different
 * contracts are taken in preference order (strongest evidence, earliest period, contract id, record id)
 * and count while their declared {@link uk.gov.lancashire.socialvalue.delivery.DeliveryRecord#share()
 * shares} add up to at most one whole claim: a resource shared by declared shares counts on each
 * contract; the same person claimed in full on two contracts counts once, and the other record is a
 * {@link CrossContractDuplicate}.
 */
public final class PortfolioFacts {

  private static final Map<RecordStatus, Integer> EVIDENCE = Map.of(
      RecordStatus.VERIFIED, 3, RecordStatus.EVIDENCED, 2, RecordStatus.CLAIMED, 1, RecordStatus.REJECTED, 0);

  private PortfolioFacts() {}

  /**
   * @param delivery a contract's counted delivery
   * @return its facts
   */
  public static List<PortfolioFact> of(ContractDelivery delivery) {
    return of(delivery, Set.of());
  }

  /**
   * The facts of several contracts, each claim counted once across them.
   *
   * @param deliveries the contracts' counted delivery, in any order
   * @return the facts and the cross-contract duplicates left out
   */
  public static PortfolioCount of(Collection<ContractDelivery> deliveries) {
    Map<List<Object>, List<Claim>> claims = new HashMap<>();
    for (ContractDelivery d : deliveries) {
      for (CountedRecord c : d.counted()) {
        if (c.record().claimKey().isPresent()) {
          boolean firstYearOnly = d.framework().measure(c.record().measure()).map(Measure::countingRules)
              .map(CountingRules::firstYearOnly).orElse(false);
          List<Object> key = firstYearOnly ? List.of(c.record().claimKey().get(), c.record().measure())
              : List.of(c.record().claimKey().get(), c.record().measure(), c.record().period());
          claims.computeIfAbsent(key, k -> new ArrayList<>()).add(new Claim(d.contract().id(), c));
        }
      }
    }
    Comparator<Claim> preferred = Comparator.<Claim>comparingInt(c -> -EVIDENCE.get(c.record.record().status()))
        .thenComparing(c -> c.record.record().period()).thenComparing(c -> c.contract)
        .thenComparing(c -> c.record.record().id());
    Set<CountedRecord> left = Collections.newSetFromMap(new IdentityHashMap<>());
    List<CrossContractDuplicate> duplicates = new ArrayList<>();
    for (List<Claim> group : claims.values()) {
      if (group.size() < 2) {
        continue;
      }
      group.sort(preferred);
      Claim kept = group.get(0);
      BigDecimal shares = BigDecimal.ZERO;
      for (Claim c : group) {
        BigDecimal share = c.record.record().share();
        if (shares.add(share).compareTo(BigDecimal.ONE) <= 0) {
          shares = shares.add(share);
          continue;
        }
        left.add(c.record);
        String claim = c.record.record().claimKey().get();
        String keptId = kept.record.record().id();
        String why = why(kept, c);
        Explanation explanation = Explanation.of("'" + claim + "' is claimed for " + c.record.record().measure()
                + " on contract " + kept.contract + " (record " + keptId + ") as well: with share " + plain(share)
                + " it would count more than one whole claim across contracts (shares counted " + plain(shares)
                + "); kept on " + kept.contract + ": " + why)
            .with("rule", "one whole claim across contracts")
            .with("record", c.record.record().id())
            .with("claim", claim)
            .with("measure", c.record.record().measure())
            .with("share", plain(share))
            .with("shares counted", plain(shares))
            .with("kept on contract", kept.contract)
            .with("kept record", keptId)
            .with("why kept", why);
        duplicates.add(new CrossContractDuplicate(c.contract, c.record, kept.contract, keptId, explanation));
      }
    }
    duplicates.sort(Comparator.comparing(CrossContractDuplicate::contract)
        .thenComparing(d -> d.record().record().period()).thenComparing(d -> d.record().record().id()));
    List<PortfolioFact> facts = new ArrayList<>();
    for (ContractDelivery d : deliveries) {
      facts.addAll(of(d, left));
    }
    return new PortfolioCount(facts, duplicates);
  }

  private static String why(Claim kept, Claim other) {
    RecordStatus k = kept.record.record().status();
    RecordStatus o = other.record.record().status();
    if (EVIDENCE.get(k) > EVIDENCE.get(o)) {
      return "stronger evidence (" + k.name().toLowerCase(Locale.ROOT) + " over " + o.name().toLowerCase(Locale.ROOT) + ")";
    }
    if (kept.record.record().period().compareTo(other.record.record().period()) < 0) {
      return "same evidence, earlier period " + kept.record.record().period();
    }
    return "same evidence and period, first by contract id";
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static List<PortfolioFact> of(ContractDelivery delivery, Set<CountedRecord> leftOut) {
    Contract contract = delivery.contract();
    CommitmentValuer valuer = delivery.valuer();
    List<PortfolioFact> facts = new ArrayList<>();
    for (Kpi kpi : contract.kpis()) {
      Map<FinancialYear, BigDecimal> byYear = new TreeMap<>();
      for (Map.Entry<FinancialQuarter, BigDecimal> e : contract.schedule(kpi.measure()).entrySet()) {
        byYear.merge(e.getKey().year(), e.getValue(), BigDecimal::add);
      }
      byYear.forEach((year, quantity) -> facts.add(PortfolioFact.of(contract.id(), contract.primeSupplier(),
          kpi.measure(), LocalStatus.UNKNOWN, year, ValueStage.COMMITTED, quantity,
          valuer.value(kpi.measure(), quantity), contract.currency(), valuer.priceYear(kpi.measure()))));
    }
    for (CountedRecord c : delivery.counted()) {
      if (!leftOut.contains(c)) {
        facts.add(PortfolioFact.of(contract.id(), c.record().supplier(), c.record().measure(), c.local(),
            c.record().period().year(), ValueStage.of(c.record().status()), c.quantity(), Amounts.decimal(c.value()),
            contract.currency(), valuer.priceYear(c.record().measure())));
      }
    }
    for (Exclusion e : delivery.exclusions()) {
      if (e.reason() == ExclusionReason.REJECTED) {
        BigDecimal quantity = e.record().attributedQuantity();
        facts.add(PortfolioFact.of(contract.id(), e.record().supplier(), e.record().measure(),
            contract.locality().classify(e.record().location()), e.record().period().year(), ValueStage.REJECTED,
            quantity, valuer.value(e.record().measure(), quantity), contract.currency(),
            valuer.priceYear(e.record().measure())));
      }
    }
    return facts;
  }

  private static final class Claim {
    final String contract;
    final CountedRecord record;

    Claim(String contract, CountedRecord record) {
      this.contract = contract;
      this.record = record;
    }
  }
}
