package uk.gov.lancashire.socialvalue.json;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.delivery.ContractDelivery;
import uk.gov.lancashire.socialvalue.delivery.Contribution;
import uk.gov.lancashire.socialvalue.delivery.CountedRecord;
import uk.gov.lancashire.socialvalue.delivery.Exclusion;
import uk.gov.lancashire.socialvalue.delivery.ExclusionReason;
import uk.gov.lancashire.socialvalue.delivery.MeasureProgress;
import uk.gov.lancashire.socialvalue.delivery.Progress;
import uk.gov.lancashire.socialvalue.delivery.ProgressFigures;
import uk.gov.lancashire.socialvalue.delivery.RagStatus;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;

/**
 * The computed results of contract delivery, written only: {@link ContractDelivery} (counted records,
 * exclusions with their reasons, value by status, contributions by tier and by supplier), {@link
 * CountedRecord}, {@link Exclusion}, {@link Contribution}, {@link Progress}, {@link MeasureProgress} and
 * {@link ProgressFigures}. The core computes them from a contract, its chain and its records and offers
 * no way to build them from their parts, so they are never read back: read the contract document and
 * the delivery report and count again.
 */
final class DeliveryResultsJson {

  /** {@link ExclusionReason}. */
  static final EnumNames<ExclusionReason> REASON = EnumNames.of(ExclusionReason.class, "exclusion reason", Map.of(
      ExclusionReason.REJECTED, "rejected",
      ExclusionReason.DUPLICATE_CLAIM, "duplicate-claim",
      ExclusionReason.DUPLICATE_ACROSS_TIERS, "duplicate-across-tiers",
      ExclusionReason.EXCLUSIVE_GROUP, "exclusive-group",
      ExclusionReason.FIRST_YEAR_ONLY, "first-year-only",
      ExclusionReason.NOT_LOCAL, "not-local",
      ExclusionReason.OUTSIDE_CONTRACT_TERM, "outside-contract-term"));

  /** {@link RagStatus}. */
  static final EnumNames<RagStatus> RAG = EnumNames.of(RagStatus.class, "RAG status", Map.of(
      RagStatus.GREEN, "green",
      RagStatus.AMBER, "amber",
      RagStatus.RED, "red",
      RagStatus.NOT_DUE, "not-due"));

  private static final TextCodec<RecordStatus> STATUS_KEY =
      TextCodec.of(RecordStatusJson.CODEC::valueOf, RecordStatusJson.CODEC::name);

  /** {@link CountedRecord}, written only. */
  static final JsonCodec<CountedRecord> COUNTED = new WriteOnlyCodec<>("a counted record") {
    @Override
    public JsonNode write(CountedRecord value) {
      ObjectNode node = Nodes.object();
      node.set("record", DeliveryRecordJson.CODEC.write(value.record()));
      node.put("tier", value.tier());
      node.set("local", PortfolioJson.LOCAL.write(value.local()));
      node.set("quantity", Scalars.DECIMAL_STRING.write(value.quantity()));
      node.set("value", Scalars.DECIMAL_STRING.write(value.value()));
      return node;
    }
  };

  /** {@link Exclusion}, written only. */
  static final JsonCodec<Exclusion> EXCLUSION = new WriteOnlyCodec<>("an exclusion") {
    @Override
    public JsonNode write(Exclusion value) {
      ObjectNode node = Nodes.object();
      node.set("record", DeliveryRecordJson.CODEC.write(value.record()));
      node.set("reason", REASON.write(value.reason()));
      value.countedInstead().ifPresent(c -> node.put("countedInstead", c));
      node.put("explanation", value.explanation());
      return node;
    }
  };

  /** {@link Contribution}, written only. */
  static final JsonCodec<Contribution> CONTRIBUTION = new WriteOnlyCodec<>("a contribution") {
    @Override
    public JsonNode write(Contribution value) {
      ObjectNode node = Nodes.object();
      node.put("counted", value.counted());
      node.put("excluded", value.excluded());
      node.set("value", MoneyJson.CODEC.write(value.value()));
      node.set("quantities", Nodes.map(value.quantities(), MeasureCodeJson.CODEC, Scalars.DECIMAL_STRING));
      return node;
    }
  };

  /** {@link ContractDelivery}, written only. */
  static final JsonCodec<ContractDelivery> DELIVERY = new WriteOnlyCodec<>("a contract delivery") {
    @Override
    public JsonNode write(ContractDelivery value) {
      ObjectNode node = Nodes.object();
      node.put("contract", value.contract().id());
      node.put("valuationBasis", value.valuer().basis());
      node.set("counted", Nodes.array(value.counted(), COUNTED));
      node.set("exclusions", Nodes.array(value.exclusions(), EXCLUSION));
      node.set("valueByStatus", Nodes.map(value.valueByStatus(), STATUS_KEY, Scalars.DECIMAL_STRING));
      node.set("byTier", Nodes.map(value.byTier(), Keys.INTEGER, CONTRIBUTION));
      node.set("bySupplier", Nodes.map(value.bySupplier(), Keys.TEXT, CONTRIBUTION));
      return node;
    }
  };

  /** {@link ProgressFigures}, written only. */
  static final JsonCodec<ProgressFigures> FIGURES = new WriteOnlyCodec<>("progress figures") {
    @Override
    public JsonNode write(ProgressFigures value) {
      ObjectNode node = Nodes.object();
      node.set("committed", Scalars.DECIMAL_STRING.write(value.committed()));
      node.set("committedToDate", Scalars.DECIMAL_STRING.write(value.committedToDate()));
      node.set("claimed", Scalars.DECIMAL_STRING.write(value.claimed()));
      node.set("verified", Scalars.DECIMAL_STRING.write(value.verified()));
      value.percentDelivered().ifPresent(p -> node.set("percentDelivered", Scalars.DECIMAL_STRING.write(p)));
      node.set("rag", RAG.write(value.rag()));
      node.set("shortfall", Scalars.DECIMAL_STRING.write(value.shortfall()));
      node.set("forecast", Scalars.DECIMAL_STRING.write(value.forecast()));
      return node;
    }
  };

  /** {@link MeasureProgress}, written only. */
  static final JsonCodec<MeasureProgress> MEASURE = new WriteOnlyCodec<>("measure progress") {
    @Override
    public JsonNode write(MeasureProgress value) {
      ObjectNode node = Nodes.object();
      node.set("measure", MeasureCodeJson.CODEC.write(value.measure()));
      node.set("rag", RAG.write(value.rag()));
      node.set("quantity", FIGURES.write(value.quantity()));
      node.set("value", FIGURES.write(value.value()));
      return node;
    }
  };

  /** {@link Progress}, written only. */
  static final JsonCodec<Progress> PROGRESS = new WriteOnlyCodec<>("progress") {
    @Override
    public JsonNode write(Progress value) {
      ObjectNode node = Nodes.object();
      node.set("asOf", FinancialQuarterJson.CODEC.write(value.asOf()));
      node.put("elapsedQuarters", value.elapsedQuarters());
      node.put("termQuarters", value.termQuarters());
      node.set("measures", Nodes.array(value.measures(), MEASURE));
      node.set("total", FIGURES.write(value.total()));
      return node;
    }
  };

  private DeliveryResultsJson() {}
}
