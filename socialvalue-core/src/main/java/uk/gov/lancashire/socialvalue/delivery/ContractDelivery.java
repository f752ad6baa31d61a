package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.CountingRules;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

/**
 * A contract's delivery records after the counting rules of council social value guidance: which records count, which
 * do not and why, what each tier of the supply chain contributed, and progress against the KPIs.
 *
 * <p><strong>Counting rules</strong>, applied to the records in a fixed order (by period, then record
 * id) so the result never depends on the order they were given in:
 * <ol>
 *   <li>A {@link RecordStatus#REJECTED rejected} record is reported and not counted; it blocks nothing.
 *   <li>A record outside the contract term is not counted.
 *   <li>A measure whose {@link CountingRules#firstYearOnly()} holds counts in contract year 1 only.
 *   <li>One claim per claim key per measure: per reporting period (a person employed all year is
 *       reported each quarter), or once for the whole contract for a first-year-only measure. The first
 *       claim counts; a later one from the same supplier is a {@link ExclusionReason#DUPLICATE_CLAIM},
 *       from another supplier a {@link ExclusionReason#DUPLICATE_ACROSS_TIERS} (so a person reported by
 *       the prime and a subcontractor counts once).
 *   <li>Exclusive groups ({@link CountingRules#exclusiveGroup()}): once a claim key counts under one
 *       measure of a group, it never counts under another measure of that group in the contract (one
 *       hire is never two disadvantaged types). It may still count under measures outside the group,
 *       such as local employment.
 * </ol>
 * Records without a claim key cannot be matched and are counted once each. A counted record contributes
 * {@code quantity × share} (see {@link SharedResource}) valued with the contract's pinned edition.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContractDelivery {

  private static final Comparator<DeliveryRecord> ORDER =
      Comparator.comparing(DeliveryRecord::period).thenComparing(DeliveryRecord::id);

  private final Contract contract;
  private final SupplyChain chain;
  private final CommitmentValuer valuer;
  private final List<CountedRecord> counted;
  private final List<Exclusion> exclusions;

  private ContractDelivery(Contract contract, SupplyChain chain, CommitmentValuer valuer,
      List<CountedRecord> counted, List<Exclusion> exclusions) {
    this.contract = contract;
    this.chain = chain;
    this.valuer = valuer;
    this.counted = List.copyOf(counted);
    this.exclusions = List.copyOf(exclusions);
  }

  /**
   * Applies the counting rules to a contract's records.
   *
   * @param framework the framework defining the measures and their counting rules
   * @param contract the contract
   * @param chain its supply chain; the prime must be the contract's prime supplier
   * @param valuer values quantities; its basis must be the contract's pinned edition
   * @param records every tier's records, in any order
   * @return the counted delivery
   * @throws ValidationException listing every problem: a valuer on another edition or currency, a
   *     chain with another prime, duplicate record ids, unknown suppliers or measures
   */
  public static ContractDelivery count(Framework framework, Contract contract, SupplyChain chain,
      CommitmentValuer valuer, Collection<DeliveryRecord> records) {
    validate(framework, contract, chain, valuer, records);
    List<DeliveryRecord> ordered = new ArrayList<>(records);
    ordered.sort(ORDER);
    List<CountedRecord> counted = new ArrayList<>();
    List<Exclusion> exclusions = new ArrayList<>();
    Map<List<Object>, DeliveryRecord> claims = new HashMap<>();
    Map<List<Object>, DeliveryRecord> groupClaims = new HashMap<>();
    for (DeliveryRecord r : ordered) {
      CountingRules rules = framework.measure(r.measure()).orElseThrow().countingRules();
      int year = contract.contractYear(r.period());
      if (r.status() == RecordStatus.REJECTED) {
        exclusions.add(Exclusion.of(r, ExclusionReason.REJECTED, "rejected by the contract manager"));
        continue;
      }
      if (year == 0) {
        exclusions.add(Exclusion.of(r, ExclusionReason.OUTSIDE_CONTRACT_TERM,
            r.period() + " is outside the contract term " + contract.start() + " for " + contract.termYears() + " years"));
        continue;
      }
      if (rules.firstYearOnly() && year != 1) {
        exclusions.add(Exclusion.of(r, ExclusionReason.FIRST_YEAR_ONLY,
            r.measure() + " counts in the first contract year only; " + r.period() + " is in year " + year));
        continue;
      }
      if (r.claimKey().isPresent()) {
        String key = r.claimKey().get();
        List<Object> claim = rules.firstYearOnly()
            ? List.of(key, r.measure()) : List.of(key, r.measure(), r.period());
        DeliveryRecord earlier = claims.get(claim);
        if (earlier != null) {
          boolean otherTier = !earlier.supplier().equals(r.supplier());
          exclusions.add(Exclusion.conflict(r,
              otherTier ? ExclusionReason.DUPLICATE_ACROSS_TIERS : ExclusionReason.DUPLICATE_CLAIM, earlier,
              "'" + key + "' is already claimed for " + r.measure()
                  + (rules.firstYearOnly() ? "" : " in " + r.period()) + " by record " + earlier.id()
                  + (otherTier ? " of supplier " + earlier.supplier() : "")));
          continue;
        }
        Optional<List<Object>> group = rules.exclusiveGroup().map(g -> List.of(key, g));
        DeliveryRecord inGroup = group.map(groupClaims::get).orElse(null);
        if (inGroup != null && !inGroup.measure().equals(r.measure())) {
          exclusions.add(Exclusion.conflict(r, ExclusionReason.EXCLUSIVE_GROUP, inGroup,
              "'" + key + "' already counts as " + inGroup.measure() + " in exclusive group '"
                  + rules.exclusiveGroup().get() + "' (record " + inGroup.id() + ")"));
          continue;
        }
        claims.put(claim, r);
        group.ifPresent(g -> groupClaims.putIfAbsent(g, r));
      }
      BigDecimal quantity = r.attributedQuantity();
      counted.add(new CountedRecord(r, chain.tier(r.supplier()), contract.locality().classify(r.location()),
          quantity, valuer.value(r.measure(), quantity)));
    }
    return new ContractDelivery(contract, chain, valuer, counted, exclusions);
  }

  private static void validate(Framework framework, Contract contract, SupplyChain chain,
      CommitmentValuer valuer, Collection<DeliveryRecord> records) {
    Problems problems = new Problems();
    problems.check(valuer.basis().equals(contract.editionReference()), "valuer",
        "values with " + valuer.basis() + " but the contract pinned " + contract.editionReference());
    problems.check(valuer.currency().equals(contract.currency()), "valuer",
        "values in " + valuer.currency() + " but the contract is in " + contract.currency());
    problems.check(chain.prime().id().equals(contract.primeSupplier()), "chain",
        "the chain's prime is " + chain.prime().id() + " but the contract's is " + contract.primeSupplier());
    for (Kpi kpi : contract.kpis()) {
      problems.check(framework.measure(kpi.measure()).isPresent(), "contract.kpis[" + kpi.measure() + "]",
          "no measure " + kpi.measure() + " in framework " + framework.id());
    }
    Set<String> ids = new HashSet<>();
    for (DeliveryRecord r : records) {
      String path = "records[" + r.id() + "]";
      problems.check(ids.add(r.id()), path, "duplicate record id");
      problems.check(chain.supplier(r.supplier()).isPresent(), path + ".supplier",
          "'" + r.supplier() + "' is not in the supply chain");
      problems.check(framework.measure(r.measure()).isPresent(), path + ".measure",
          "no measure " + r.measure() + " in framework " + framework.id());
    }
    problems.throwIfAny();
  }

  /** @return the contract */
  public Contract contract() {
    return contract;
  }

  /** @return the supply chain */
  public SupplyChain supplyChain() {
    return chain;
  }

  /** @return the valuer used, based on the contract's pinned edition */
  public CommitmentValuer valuer() {
    return valuer;
  }

  /** @return the records counted, by period then id */
  public List<CountedRecord> counted() {
    return counted;
  }

  /** @return the records not counted, each with its reason, by period then id */
  public List<Exclusion> exclusions() {
    return exclusions;
  }

  /**
   * @param status a status
   * @return the exact value of counted records with that status
   */
  public BigDecimal value(RecordStatus status) {
    return counted.stream().filter(c -> c.record().status() == status).map(CountedRecord::value)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** @return the exact value of counted records by status (no rejected value: rejected records do not count) */
  public Map<RecordStatus, BigDecimal> valueByStatus() {
    Map<RecordStatus, BigDecimal> byStatus = new EnumMap<>(RecordStatus.class);
    for (RecordStatus s : RecordStatus.values()) {
      if (s != RecordStatus.REJECTED) {
        byStatus.put(s, value(s));
      }
    }
    return Collections.unmodifiableMap(byStatus);
  }

  /** @return each tier's contribution, tier 1 (the prime) first */
  public SortedMap<Integer, Contribution> byTier() {
    SortedMap<Integer, Contribution> tiers = new TreeMap<>();
    counted.forEach(c -> tiers.merge(c.tier(), Contribution.empty(contract.currency()).plus(c), (a, b) -> a.plus(c)));
    for (Exclusion e : exclusions) {
      tiers.merge(chain.tier(e.record().supplier()), Contribution.empty(contract.currency()).plusExcluded(),
          (a, b) -> a.plusExcluded());
    }
    return Collections.unmodifiableSortedMap(tiers);
  }

  /** @return each supplier's contribution, by supplier id */
  public Map<String, Contribution> bySupplier() {
    Map<String, Contribution> suppliers = new LinkedHashMap<>();
    chain.suppliers().forEach(s -> suppliers.put(s.id(), Contribution.empty(contract.currency())));
    counted.forEach(c -> suppliers.computeIfPresent(c.record().supplier(), (k, v) -> v.plus(c)));
    exclusions.forEach(e -> suppliers.computeIfPresent(e.record().supplier(), (k, v) -> v.plusExcluded()));
    return Collections.unmodifiableMap(suppliers);
  }

  /**
   * @param asOf the last reporting period to include
   * @param thresholds the RAG thresholds
   * @return progress per measure and in total
   */
  public Progress progress(FinancialQuarter asOf, RagThresholds thresholds) {
    return Progress.of(this, Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(thresholds, "thresholds"));
  }

  /**
   * @param asOf the last reporting period to include
   * @return progress with the {@linkplain RagThresholds#defaults() default thresholds}
   */
  public Progress progress(FinancialQuarter asOf) {
    return progress(asOf, RagThresholds.defaults());
  }

  /** @return e.g. {@code C1: 12 counted, 2 excluded} */
  @Override
  public String toString() {
    return contract.id() + ": " + counted.size() + " counted, " + exclusions.size() + " excluded";
  }
}
