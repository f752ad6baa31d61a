package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
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
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
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
 * <p><strong>Counting rules</strong> (council TOMs guidance: Torbay Council, "TOMs dos and don'ts",
 * https://www.torbay.gov.uk/council/social-value/toms-dos-and-donts/; Lancashire County Council, social
 * value definitions, https://www.lancashire.gov.uk/business/social-value/definitions/). Every record is
 * judged on its own first, then competing records are resolved:
 * <ol>
 *   <li>A {@link RecordStatus#REJECTED rejected} record is reported and not counted; it blocks nothing.
 *   <li>A record outside the contract term is not counted.
 *   <li>A {@link CountingRules#localOnly() local-only} measure counts only records inside the contract's
 *       own {@link Locality}; a record outside it, or without a location the locality can judge, is
 *       {@link ExclusionReason#NOT_LOCAL}.
 *   <li>A {@link CountingRules#firstYearOnly() first-year-only} measure (a disadvantaged-group hire)
 *       counts within the first 12 months of <em>that person's</em> employment with the supplier,
 *       whichever contract year that falls in: a record counts when its quarter overlaps those 12 months.
 *       The start is the earliest {@link ReportedActivity#employmentStart() employment start} declared on
 *       the contract's records with the same claim key, when it is consistent with the person's first
 *       reported period (on or before its last day); otherwise (none declared, or the person was reported
 *       before the declared start) the first day of the first reported period: a person reported earlier
 *       never gets a later first year. A record without a claim key is placed by its own declared start,
 *       else its own period (it is taken as the hire).
 *   <li>Exclusive groups ({@link CountingRules#exclusiveGroup()}): a claim key counts under one measure
 *       of a group only (one hire is never two disadvantaged types); the measure of the preferred record
 *       (below) wins for the whole contract, and the other measures' records are
 *       {@link ExclusionReason#EXCLUSIVE_GROUP}. The key may still count under measures outside the
 *       group, such as local employment.
 *   <li>One claim per claim key per measure: per reporting period (a person employed all year is
 *       reported each quarter), or once for the whole contract for a first-year-only measure. Of
 *       competing records the <strong>preferred</strong> one counts: strongest evidence first (verified,
 *       then evidenced, then claimed), then the earliest period, then the lowest tier (the supplier
 *       closest to the contract), then the record id. Each other record is a
 *       {@link ExclusionReason#DUPLICATE_CLAIM} (same supplier) or
 *       {@link ExclusionReason#DUPLICATE_ACROSS_TIERS} (another supplier), naming the record kept and why.
 * </ol>
 * Records without a claim key cannot be matched and are counted once each. A counted record contributes
 * {@code quantity × share} (see {@link SharedResource}) valued with the contract's pinned edition. The
 * result never depends on the order the records were given in: records are judged in a fixed order (by
 * period, then id) and every choice between records is made by the preference order above, which ends
 * in the unique record id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContractDelivery {

  private static final Comparator<DeliveryRecord> ORDER =
      Comparator.comparing(DeliveryRecord::period).thenComparing(DeliveryRecord::id);
  private static final Map<RecordStatus, Integer> EVIDENCE = Map.of(
      RecordStatus.VERIFIED, 3, RecordStatus.EVIDENCED, 2, RecordStatus.CLAIMED, 1, RecordStatus.REJECTED, 0);

  private final Framework framework;
  private final Contract contract;
  private final SupplyChain chain;
  private final CommitmentValuer valuer;
  private final List<CountedRecord> counted;
  private final List<Exclusion> exclusions;

  private ContractDelivery(Framework framework, Contract contract, SupplyChain chain, CommitmentValuer valuer,
      List<CountedRecord> counted, List<Exclusion> exclusions) {
    this.framework = framework;
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
    Comparator<DeliveryRecord> preferred = preference(chain);
    Map<String, LocalDate> firstSeen = firstSeen(ordered);
    List<Exclusion> exclusions = new ArrayList<>();
    List<DeliveryRecord> eligible = new ArrayList<>();
    for (DeliveryRecord r : ordered) {
      CountingRules rules = rules(framework, r);
      int year = contract.contractYear(r.period());
      if (r.status() == RecordStatus.REJECTED) {
        exclusions.add(Exclusion.of(r, ExclusionReason.REJECTED, "rejected by the contract manager"));
      } else if (year == 0) {
        exclusions.add(Exclusion.of(r, ExclusionReason.OUTSIDE_CONTRACT_TERM,
            r.period() + " is outside the contract term " + contract.start() + " for " + contract.termYears() + " years"));
      } else if (rules.localOnly() && contract.locality().classify(r.location()) != LocalStatus.LOCAL) {
        exclusions.add(Exclusion.of(r, ExclusionReason.NOT_LOCAL, r.measure() + " counts local delivery only; "
            + notLocal(r, contract.locality())));
      } else if (rules.firstYearOnly() && !inFirstYear(r, firstSeen)) {
        LocalDate start = employmentStart(r, firstSeen);
        exclusions.add(Exclusion.of(r, ExclusionReason.FIRST_YEAR_ONLY, r.measure()
            + " counts in the first 12 months of the person's employment (from " + start + " to "
            + start.plusMonths(12).minusDays(1) + "); " + r.period() + " is "
            + (r.period().end().isBefore(start) ? "before it" : "after it")));
      } else {
        eligible.add(r);
      }
    }
    // exclusive groups: per claim key and group, the preferred record's measure wins for the contract
    Map<List<Object>, DeliveryRecord> groupWinners = new HashMap<>();
    for (DeliveryRecord r : eligible) {
      Optional<String> group = rules(framework, r).exclusiveGroup();
      if (r.claimKey().isPresent() && group.isPresent()) {
        groupWinners.merge(List.of(r.claimKey().get(), group.get()), r, (a, b) -> preferred.compare(a, b) <= 0 ? a : b);
      }
    }
    Map<List<Object>, DeliveryRecord> claimWinners = new HashMap<>();
    List<DeliveryRecord> inGroup = new ArrayList<>();
    for (DeliveryRecord r : eligible) {
      CountingRules rules = rules(framework, r);
      DeliveryRecord groupWinner = r.claimKey().isEmpty() ? null
          : rules.exclusiveGroup().map(g -> groupWinners.get(List.of(r.claimKey().get(), g))).orElse(null);
      if (groupWinner != null && !groupWinner.measure().equals(r.measure())) {
        String why = why(groupWinner, r, chain);
        exclusions.add(Exclusion.conflict(r, ExclusionReason.EXCLUSIVE_GROUP, groupWinner,
            "'" + r.claimKey().get() + "' counts as " + groupWinner.measure() + " in exclusive group '"
                + rules.exclusiveGroup().get() + "' (record " + groupWinner.id() + ", " + why + ")", why));
        continue;
      }
      inGroup.add(r);
      r.claimKey().ifPresent(k -> claimWinners.merge(claim(r, rules), r, (a, b) -> preferred.compare(a, b) <= 0 ? a : b));
    }
    List<CountedRecord> counted = new ArrayList<>();
    for (DeliveryRecord r : inGroup) {
      CountingRules rules = rules(framework, r);
      DeliveryRecord kept = r.claimKey().isEmpty() ? r : claimWinners.get(claim(r, rules));
      if (kept != r) {
        boolean otherSupplier = !kept.supplier().equals(r.supplier());
        exclusions.add(Exclusion.conflict(r,
            otherSupplier ? ExclusionReason.DUPLICATE_ACROSS_TIERS : ExclusionReason.DUPLICATE_CLAIM, kept,
            "'" + r.claimKey().get() + "' is claimed for " + r.measure()
                + (rules.firstYearOnly() ? "" : " in " + r.period()) + " by record " + kept.id()
                + (otherSupplier ? " of supplier " + kept.supplier() : "") + ", kept: " + why(kept, r, chain),
            why(kept, r, chain)));
        continue;
      }
      BigDecimal quantity = r.attributedQuantity();
      counted.add(new CountedRecord(r, chain.tier(r.supplier()), contract.locality().classify(r.location()),
          quantity, Amounts.of(valuer.value(r.measure(), quantity), contract.currency())));
    }
    exclusions.sort(Comparator.comparing(Exclusion::record, ORDER));
    return new ContractDelivery(framework, contract, chain, valuer, counted, exclusions);
  }

  private static String notLocal(DeliveryRecord r, Locality locality) {
    if (r.location().isEmpty()) {
      return "the record has no location to test against the contract's locality " + locality;
    }
    return locality.classify(r.location()) == LocalStatus.UNKNOWN
        ? r.location().get() + " is not a kind of location the contract's locality " + locality + " can judge"
        : r.location().get().value() + " is outside the contract's locality " + locality;
  }

  private static CountingRules rules(Framework framework, DeliveryRecord r) {
    return framework.measure(r.measure()).orElseThrow().countingRules();
  }

  private static List<Object> claim(DeliveryRecord r, CountingRules rules) {
    return rules.firstYearOnly() ? List.of(r.claimKey().get(), r.measure())
        : List.of(r.claimKey().get(), r.measure(), r.period());
  }

  /** Strongest evidence, then earliest period, then lowest tier, then record id: smallest is preferred. */
  private static Comparator<DeliveryRecord> preference(SupplyChain chain) {
    return Comparator.<DeliveryRecord>comparingInt(r -> -EVIDENCE.get(r.status()))
        .thenComparing(DeliveryRecord::period)
        .thenComparingInt(r -> chain.tier(r.supplier()))
        .thenComparing(DeliveryRecord::id);
  }

  /** Why {@code kept} is preferred to {@code other}, in the preference order's words. */
  private static String why(DeliveryRecord kept, DeliveryRecord other, SupplyChain chain) {
    String status = kept.status().name().toLowerCase(Locale.ROOT);
    if (EVIDENCE.get(kept.status()) > EVIDENCE.get(other.status())) {
      return "stronger evidence (" + status + " over " + other.status().name().toLowerCase(Locale.ROOT) + ")";
    }
    if (kept.period().compareTo(other.period()) < 0) {
      return "same evidence (" + status + "), earlier period " + kept.period();
    }
    int tier = chain.tier(kept.supplier());
    if (tier < chain.tier(other.supplier())) {
      return "same evidence (" + status + ") and period, lower tier (" + tier + ", " + kept.supplier() + ")";
    }
    return "same evidence (" + status + "), period and tier, first by record id";
  }

  /**
   * Each claim key's employment start: the earliest declared start when it is consistent with the first
   * reported period (on or before that period's last day), else the first reported period's first day.
   */
  private static Map<String, LocalDate> firstSeen(List<DeliveryRecord> ordered) {
    Map<String, LocalDate> declared = new HashMap<>();
    Map<String, FinancialQuarter> firstPeriod = new HashMap<>();
    for (DeliveryRecord r : ordered) {
      if (r.status() != RecordStatus.REJECTED && r.claimKey().isPresent()) {
        String key = r.claimKey().get();
        firstPeriod.merge(key, r.period(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        r.employmentStart().ifPresent(d -> declared.merge(key, d, (a, b) -> a.isBefore(b) ? a : b));
      }
    }
    Map<String, LocalDate> start = new HashMap<>();
    firstPeriod.forEach((key, period) -> {
      LocalDate d = declared.get(key);
      start.put(key, d != null && !d.isAfter(period.end()) ? d : period.start());
    });
    return start;
  }

  private static LocalDate ownStart(DeliveryRecord r) {
    return r.employmentStart().orElse(r.period().start());
  }

  private static LocalDate employmentStart(DeliveryRecord r, Map<String, LocalDate> firstSeen) {
    return r.claimKey().map(firstSeen::get).orElseGet(() -> ownStart(r));
  }

  private static boolean inFirstYear(DeliveryRecord r, Map<String, LocalDate> firstSeen) {
    LocalDate start = employmentStart(r, firstSeen);
    return r.period().start().isBefore(start.plusMonths(12)) && !r.period().end().isBefore(start);
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
      problems.check(framework.measure(kpi.measure()).isPresent(), ProblemPath.of("contract").property("kpis").key(kpi.measure()),
          "no measure " + kpi.measure() + " in framework " + framework.id());
    }
    Set<String> ids = new HashSet<>();
    for (DeliveryRecord r : records) {
      ProblemPath path = ProblemPath.of("records").key(r.id());
      problems.check(ids.add(r.id()), path, "duplicate record id");
      problems.check(chain.supplier(r.supplier()).isPresent(), path.property("supplier"),
          "'" + r.supplier() + "' is not in the supply chain");
      problems.check(framework.measure(r.measure()).isPresent(), path.property("measure"),
          "no measure " + r.measure() + " in framework " + framework.id());
    }
    problems.throwIfAny();
  }

  /** @return the framework whose counting rules were applied */
  public Framework framework() {
    return framework;
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
   * @return the exact value of counted records with that status, in the contract's currency
   */
  public MonetaryAmount value(RecordStatus status) {
    Objects.requireNonNull(status, "status");
    return Amounts.of(counted.stream().filter(c -> c.record().status() == status)
        .map(c -> Amounts.decimal(c.value())).reduce(BigDecimal.ZERO, BigDecimal::add), contract.currency());
  }

  /**
   * @return the exact value of counted records by status, in the contract's currency (no rejected value:
   *     rejected records do not count)
   */
  public Map<RecordStatus, MonetaryAmount> valueByStatus() {
    Map<RecordStatus, MonetaryAmount> byStatus = new EnumMap<>(RecordStatus.class);
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
   * @param thresholds the RAG thresholds and basis
   * @param method how forecasts at completion are made
   * @return progress per measure and in total
   */
  public Progress progress(FinancialQuarter asOf, RagThresholds thresholds, ForecastMethod method) {
    return Progress.of(this, Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(thresholds, "thresholds"),
        Objects.requireNonNull(method, "method"));
  }

  /**
   * @param asOf the last reporting period to include
   * @param thresholds the RAG thresholds and basis
   * @return progress, forecasts {@linkplain ForecastMethod#ON_PROFILE on profile}
   */
  public Progress progress(FinancialQuarter asOf, RagThresholds thresholds) {
    return progress(asOf, thresholds, ForecastMethod.ON_PROFILE);
  }

  /**
   * @param asOf the last reporting period to include
   * @return progress with the {@linkplain RagThresholds#defaults() default thresholds}, forecasts on profile
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
