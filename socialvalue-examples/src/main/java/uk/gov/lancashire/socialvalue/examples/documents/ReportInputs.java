package uk.gov.lancashire.socialvalue.examples.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.json.ContractDocument;
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

  /** @return every delivery record given, in the order read; empty when none */
  public List<DeliveryRecord> deliveries() {
    return deliveries;
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

  /** Collects the documents of a report. */
  public static final class Builder {
    private @Nullable Framework framework;
    private @Nullable TenderDocument tender;
    private @Nullable ContractDocument contract;
    private final List<DeliveryRecord> deliveries = new ArrayList<>();
    private @Nullable Valuation valuation;
    private @Nullable NeedsAnalysis needs;
    private @Nullable StrategyPlan strategy;
    private final List<String> sources = new ArrayList<>();
    private final LocalDate generated;

    private Builder(LocalDate generated) {
      this.generated = generated;
    }

    /**
     * Adds a document read from a file.
     *
     * @param source the file's name, for the footer and messages
     * @param document a {@link Framework}, {@link TenderDocument}, {@link ContractDocument}, a list of
     *     {@link DeliveryRecord}s, a {@link Valuation}, {@link NeedsAnalysis} or {@link StrategyPlan}
     * @return this builder
     * @throws IllegalArgumentException when the document is of another kind, or a second document of a kind
     *     the report holds one of
     */
    public Builder add(String source, Object document) {
      if (document instanceof Framework) {
        framework = once(framework, (Framework) document, "framework", source);
      } else if (document instanceof TenderDocument) {
        tender = once(tender, (TenderDocument) document, "tender", source);
      } else if (document instanceof ContractDocument) {
        contract = once(contract, (ContractDocument) document, "contract", source);
      } else if (document instanceof Valuation) {
        valuation = once(valuation, (Valuation) document, "valuation", source);
      } else if (document instanceof NeedsAnalysis) {
        needs = once(needs, (NeedsAnalysis) document, "needs analysis", source);
      } else if (document instanceof StrategyPlan) {
        strategy = once(strategy, (StrategyPlan) document, "strategy plan", source);
      } else if (document instanceof List && ((List<?>) document).stream().allMatch(DeliveryRecord.class::isInstance)) {
        ((List<?>) document).forEach(r -> deliveries.add((DeliveryRecord) r));
      } else {
        throw new IllegalArgumentException("a report does not use this kind of document");
      }
      sources.add(source);
      return this;
    }

    private static <T> T once(@Nullable T current, T next, String kind, String source) {
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
