package uk.gov.lancashire.socialvalue.examples.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.json.ContractDocument;
import uk.gov.lancashire.socialvalue.json.Document;
import uk.gov.lancashire.socialvalue.json.Documents;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.json.TenderDocument;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.targets.StrategyPlan;
import uk.gov.lancashire.socialvalue.valuation.Valuation;

/**
 * The documents a report is made from, any subset: a framework, a tender with its bids, a contract, delivery
 * records (from any number of reports), a valuation, a needs analysis, a strategy plan; with the names of
 * the source files and the date the report is generated, which its footer shows.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportInputs {

  private final Optional<Framework> framework;
  private final Optional<TenderDocument> tender;
  private final Optional<ContractDocument> contract;
  private final List<DeliveryRecord> deliveries;
  private final DeliveryTotals deliveryTotals;
  private final Optional<Valuation> valuation;
  private final Optional<NeedsAnalysis> needs;
  private final Optional<StrategyPlan> strategy;
  private final List<String> sources;
  private final LocalDate generated;

  private ReportInputs(Builder b) {
    this.framework = Optional.ofNullable(b.framework);
    this.tender = Optional.ofNullable(b.tender);
    this.contract = Optional.ofNullable(b.contract);
    this.deliveries = List.copyOf(b.deliveries);
    this.deliveryTotals = new DeliveryTotals().addAll(b.deliveryTotals);
    this.valuation = Optional.ofNullable(b.valuation);
    this.needs = Optional.ofNullable(b.needs);
    this.strategy = Optional.ofNullable(b.strategy);
    this.sources = List.copyOf(b.sources);
    this.generated = Objects.requireNonNull(b.generated, "generated");
  }

  /**
   * @param generated the date the report is generated
   * @return a builder with no documents
   */
  public static Builder builder(LocalDate generated) {
    return new Builder(generated);
  }

  /** @return the framework, if given */
  public Optional<Framework> framework() {
    return framework;
  }

  /** @return the tender and its bids, if given */
  public Optional<TenderDocument> tender() {
    return tender;
  }

  /** @return the contract and its supply chain, if given */
  public Optional<ContractDocument> contract() {
    return contract;
  }

  /**
   * @return every delivery record given as records ({@link Builder#addDeliveries}), in the order read; empty
   *     when none (records given only as totals are not held)
   */
  public List<DeliveryRecord> deliveries() {
    return deliveries;
  }

  /** @return the totals of every delivery record given, held or not: a copy */
  public DeliveryTotals deliveryTotals() {
    return new DeliveryTotals().addAll(deliveryTotals);
  }

  /** @return true when every delivery record given is held, as counting by a contract's rules needs */
  public boolean holdsEveryDelivery() {
    return deliveryTotals.count() == deliveries.size();
  }

  /** @return the valuation, if given */
  public Optional<Valuation> valuation() {
    return valuation;
  }

  /** @return the needs analysis, if given */
  public Optional<NeedsAnalysis> needs() {
    return needs;
  }

  /** @return the strategy plan, if given */
  public Optional<StrategyPlan> strategy() {
    return strategy;
  }

  /** @return the names of the source files, in the order given */
  public List<String> sources() {
    return sources;
  }

  /** @return the date the report is generated */
  public LocalDate generated() {
    return generated;
  }

  /**
   * The proxy edition to value delivery with: the one the contract names, else the one the tender names,
   * else the framework's only edition.
   *
   * @return the edition, when the framework is given and one can be chosen
   */
  public Optional<ProxyEdition> edition() {
    if (framework.isEmpty()) {
      return Optional.empty();
    }
    Framework f = framework.get();
    Optional<String> reference = contract.map(c -> c.contract().editionReference())
        .or(() -> tender.map(t -> t.tender().editionReference()));
    if (reference.isPresent()) {
      return f.edition(reference.get());
    }
    return f.proxyEditions().size() == 1 ? Optional.of(f.proxyEditions().get(0)) : Optional.empty();
  }

  /** Collects the documents of a report, each placed by its declared kind, never guessed from its contents. */
  public static final class Builder {
    private @Nullable Framework framework;
    private @Nullable TenderDocument tender;
    private @Nullable ContractDocument contract;
    private final List<DeliveryRecord> deliveries = new ArrayList<>();
    private final DeliveryTotals deliveryTotals = new DeliveryTotals();
    private @Nullable Valuation valuation;
    private @Nullable NeedsAnalysis needs;
    private @Nullable StrategyPlan strategy;
    private final List<String> sources = new ArrayList<>();
    private final LocalDate generated;

    private Builder(LocalDate generated) {
      this.generated = generated;
    }

    /**
     * Adds a document read from a file by {@link SocialValueJson#readAny(String)}, placed by its kind: a
     * {@linkplain Documents#DELIVERY_REPORT delivery report}'s records join the delivery records; a {@linkplain
     * Documents#FRAMEWORK framework}, {@linkplain Documents#TENDER tender}, {@linkplain Documents#CONTRACT
     * contract}, {@linkplain Documents#VALUATION valuation}, {@linkplain Documents#NEEDS_ANALYSIS needs analysis}
     * or {@linkplain Documents#STRATEGY_PLAN strategy plan} is the report's one document of its kind.
     *
     * @param source the file's name, for the footer and messages
     * @param read the document and its kind
     * @return this builder
     * @throws IllegalArgumentException naming the format when a report does not use that kind of document
     *     (such as weighting policies), or on a second document of a kind the report holds one of
     */
    public Builder add(String source, SocialValueJson.Read<?> read) {
      Objects.requireNonNull(read, "read");
      Document<?> kind = read.document();
      if (kind == Documents.DELIVERY_REPORT) {
        @SuppressWarnings("unchecked") // the descriptor's value is a list of delivery records
        List<DeliveryRecord> records = (List<DeliveryRecord>) read.value();
        return addDeliveries(source, records);
      }
      Objects.requireNonNull(source, "source");
      if (!place(read.value())) {
        throw new IllegalArgumentException("a report does not use a " + kind.format() + " document");
      }
      sources.add(source);
      return this;
    }

    /**
     * Adds the delivery records read from one file (a report's delivery records may come from any number).
     *
     * @param source the file's name, for the footer and messages
     * @param records the records, in the order read
     * @return this builder
     * @throws NullPointerException naming {@code records}, or the index of a null record
     */
    public Builder addDeliveries(String source, List<DeliveryRecord> records) {
      Objects.requireNonNull(source, "source");
      List<DeliveryRecord> copy = Args.copyOf(records, "records");
      deliveries.addAll(copy);
      copy.forEach(deliveryTotals::add);
      sources.add(source);
      return this;
    }

    /**
     * Adds the totals of the delivery records read from one file, without the records: for a report of more
     * records than memory holds, when no contract is given (counting by a contract's rules needs every
     * record; without them the delivery section shows the quantities and values reported, and says so).
     *
     * @param source the file's name, for the footer and messages
     * @param totals the totals of the records read from it
     * @return this builder
     */
    public Builder addDeliveryTotals(String source, DeliveryTotals totals) {
      Objects.requireNonNull(source, "source");
      deliveryTotals.addAll(Objects.requireNonNull(totals, "totals"));
      sources.add(source);
      return this;
    }

    /**
     * Adds a document built or read by other means; delivery records go through {@link #addDeliveries}, a
     * document read by {@link SocialValueJson#readAny(String)} through {@link #add(String,
     * SocialValueJson.Read)}.
     *
     * @param source the file's name, for the footer and messages
     * @param document a {@link Framework}, {@link TenderDocument}, {@link ContractDocument}, {@link
     *     Valuation}, {@link NeedsAnalysis} or {@link StrategyPlan}
     * @return this builder
     * @throws IllegalArgumentException naming what was given when it is of another kind (a list is never
     *     placed by what it holds), or on a second document of a kind the report holds one of
     */
    public Builder add(String source, Object document) {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(document, "document");
      if (document instanceof SocialValueJson.Read<?> read) {
        return add(source, read);
      }
      if (!place(document)) {
        throw document instanceof Collection<?> c
            ? new IllegalArgumentException("a report does not place a " + document.getClass().getName() + " of "
                + c.size() + " elements by what it holds; give delivery records with addDeliveries")
            : new IllegalArgumentException("a report does not use a " + document.getClass().getName());
      }
      sources.add(source);
      return this;
    }

    /**
     * Places a document as the report's one document of its kind: the single list of the kinds a report holds
     * one of, for both {@code add} methods.
     *
     * @return false, having placed nothing, when a report does not hold this kind of document
     */
    private boolean place(Object document) {
      if (document instanceof Framework f) {
        framework = once(framework, f, "framework");
      } else if (document instanceof TenderDocument t) {
        tender = once(tender, t, "tender");
      } else if (document instanceof ContractDocument c) {
        contract = once(contract, c, "contract");
      } else if (document instanceof Valuation v) {
        valuation = once(valuation, v, "valuation");
      } else if (document instanceof NeedsAnalysis n) {
        needs = once(needs, n, "needs analysis");
      } else if (document instanceof StrategyPlan p) {
        strategy = once(strategy, p, "strategy plan");
      } else {
        return false;
      }
      return true;
    }

    private static <T> T once(@Nullable T current, T next, String kind) {
      if (current != null) {
        throw new IllegalArgumentException("a second " + kind + "; a report is made from one " + kind);
      }
      return next;
    }

    /** @return the inputs */
    public ReportInputs build() {
      return new ReportInputs(this);
    }
  }
}
