package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.util.Map;
import javax.money.CurrencyUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.portfolio.AlignmentSplit;
import uk.gov.lancashire.socialvalue.portfolio.ContractShortfall;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioFact;
import uk.gov.lancashire.socialvalue.portfolio.PriorityBreakdown;
import uk.gov.lancashire.socialvalue.portfolio.Totals;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;

/**
 * The portfolio types: {@link PortfolioFact} (read and written), and the computed views written only:
 * {@link Totals} ({@code {"value": "1234.5", "quantity": "10", "facts": 3}}, the value a decimal in the
 * portfolio's currency, which an empty portfolio does not have), {@link PortfolioAggregate} (its views
 * by stage, measure, supplier, contract, locality and financial year), {@link PriorityBreakdown} and
 * {@link ContractShortfall}. A fact is the unit of exchange: to move a portfolio between systems, move
 * its facts and aggregate them again.
 */
final class PortfolioJson {

  /** {@link ValueStage}. */
  static final EnumNames<ValueStage> STAGE = EnumNames.of(ValueStage.class, "value stage", Map.of(
      ValueStage.COMMITTED, "committed",
      ValueStage.CLAIMED, "claimed",
      ValueStage.EVIDENCED, "evidenced",
      ValueStage.VERIFIED, "verified",
      ValueStage.REJECTED, "rejected"));

  /** {@link LocalStatus}. */
  static final EnumNames<LocalStatus> LOCAL = EnumNames.of(LocalStatus.class, "local status", Map.of(
      LocalStatus.LOCAL, "local",
      LocalStatus.NOT_LOCAL, "not-local",
      LocalStatus.UNKNOWN, "unknown"));

  /** {@link AlignmentSplit}. */
  static final EnumNames<AlignmentSplit> SPLIT = EnumNames.of(AlignmentSplit.class, "alignment split", Map.of(
      AlignmentSplit.WEIGHTED, "weighted",
      AlignmentSplit.EQUAL, "equal",
      AlignmentSplit.UNALIGNED, "unaligned"));

  /** Stage keys of a map. */
  static final TextCodec<ValueStage> STAGE_KEY = TextCodec.of(STAGE::valueOf, STAGE::name);
  /** Local-status keys of a map. */
  static final TextCodec<LocalStatus> LOCAL_KEY = TextCodec.of(LOCAL::valueOf, LOCAL::name);

  /** {@link PortfolioFact}. */
  static final JsonCodec<PortfolioFact> FACT = new JsonCodec<>() {
    @Override
    public PortfolioFact read(Cursor in) {
      Fields f = Fields.of(in);
      String contract = f.required("contract", Scalars.STRING);
      String supplier = f.required("supplier", Scalars.STRING);
      MeasureCode measure = f.required("measure", MeasureCodeJson.CODEC);
      LocalStatus local = f.required("local", LOCAL);
      FinancialYear year = f.required("year", FinancialYearJson.CODEC);
      ValueStage stage = f.required("stage", STAGE);
      BigDecimal quantity = f.required("quantity", Scalars.DECIMAL_STRING);
      BigDecimal value = f.required("value", Scalars.DECIMAL_STRING);
      CurrencyUnit currency = f.required("currency", Scalars.CURRENCY);
      return f.build(() -> PortfolioFact.of(contract, supplier, measure, local, year, stage, quantity, value, currency));
    }

    @Override
    public JsonNode write(PortfolioFact value) {
      ObjectNode node = Nodes.object();
      node.put("contract", value.contract());
      node.put("supplier", value.supplier());
      node.set("measure", MeasureCodeJson.CODEC.write(value.measure()));
      node.set("local", LOCAL.write(value.local()));
      node.set("year", FinancialYearJson.CODEC.write(value.year()));
      node.set("stage", STAGE.write(value.stage()));
      node.set("quantity", Scalars.DECIMAL_STRING.write(value.quantity()));
      node.set("value", Scalars.DECIMAL_STRING.write(value.value()));
      node.set("currency", Scalars.CURRENCY.write(value.currency()));
      return node;
    }
  };

  /** {@link Totals}, written only. */
  static final JsonCodec<Totals> TOTALS = new WriteOnlyCodec<>("a portfolio total") {
    @Override
    public JsonNode write(Totals value) {
      ObjectNode node = Nodes.object();
      node.set("value", Scalars.DECIMAL_STRING.write(value.decimalValue()));
      value.quantity().ifPresent(q -> node.set("quantity", Scalars.DECIMAL_STRING.write(q)));
      node.put("facts", value.facts());
      return node;
    }
  };

  /** {@link PortfolioAggregate}, written only: its currency, total and views. */
  static final JsonCodec<PortfolioAggregate> AGGREGATE = new WriteOnlyCodec<>("a portfolio aggregate") {
    @Override
    public JsonNode write(PortfolioAggregate value) {
      ObjectNode node = Nodes.object();
      value.currency().ifPresent(c -> node.set("currency", Scalars.CURRENCY.write(c)));
      node.set("total", TOTALS.write(value.total()));
      node.set("byStage", Nodes.map(value.byStage(), STAGE_KEY, TOTALS));
      node.set("byMeasure", Nodes.map(value.byMeasure(), MeasureCodeJson.CODEC, TOTALS));
      node.set("bySupplier", Nodes.map(value.bySupplier(), Keys.TEXT, TOTALS));
      node.set("byContract", Nodes.map(value.byContract(), Keys.TEXT, TOTALS));
      node.set("byLocality", Nodes.map(value.byLocality(), LOCAL_KEY, TOTALS));
      node.set("byFinancialYear", Nodes.map(value.byFinancialYear(), FinancialYearJson.CODEC, TOTALS));
      return node;
    }
  };

  /** {@link PriorityBreakdown}, written only. */
  static final JsonCodec<PriorityBreakdown> PRIORITIES = new WriteOnlyCodec<>("a priority breakdown") {
    @Override
    public JsonNode write(PriorityBreakdown value) {
      ObjectNode node = Nodes.object();
      node.put("schemeId", value.schemeId());
      node.set("parts", Nodes.map(value.breakdown().parts(), Keys.TEXT, TOTALS));
      node.set("unclassified", TOTALS.write(value.breakdown().unclassified()));
      node.set("total", TOTALS.write(value.breakdown().total()));
      node.set("splits", Nodes.map(value.splits(), MeasureCodeJson.CODEC, SPLIT));
      return node;
    }
  };

  /** {@link ContractShortfall}, written only. */
  static final JsonCodec<ContractShortfall> SHORTFALL = new WriteOnlyCodec<>("a contract shortfall") {
    @Override
    public JsonNode write(ContractShortfall value) {
      ObjectNode node = Nodes.object();
      node.put("contract", value.contract());
      node.set("committed", Scalars.DECIMAL_STRING.write(value.committed()));
      node.set("delivered", Scalars.DECIMAL_STRING.write(value.delivered()));
      node.set("shortfall", Scalars.DECIMAL_STRING.write(value.shortfall()));
      return node;
    }
  };

  /** One of the top measures: {@code {"measure": "NT1", "totals": {...}}}. */
  static final JsonCodec<Map.Entry<MeasureCode, Totals>> TOP_MEASURE = new WriteOnlyCodec<>("a top measure") {
    @Override
    public JsonNode write(Map.Entry<MeasureCode, Totals> value) {
      ObjectNode node = Nodes.object();
      node.set("measure", MeasureCodeJson.CODEC.write(value.getKey()));
      node.set("totals", TOTALS.write(value.getValue()));
      return node;
    }
  };

  private PortfolioJson() {}
}
