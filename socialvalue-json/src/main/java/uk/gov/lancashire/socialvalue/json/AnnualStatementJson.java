package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.portfolio.AnnualStatement;

/**
 * {@link AnnualStatement}, a top-level document written only ({@code "format":
 * "socialvalue/annual-statement"}): the financial year, currency (left out for an empty portfolio),
 * totals by stage, committed and delivered values, percent delivered, the breakdown by priority of each
 * scheme, the top measures and the contracts short of their commitment. The core computes a statement
 * from a portfolio and offers no way to build one from its parts, so it is never read back.
 */
final class AnnualStatementJson {

  /** The codec. */
  static final JsonCodec<AnnualStatement> CODEC = new WriteOnlyCodec<>("an annual statement") {
    @Override
    public JsonNode write(AnnualStatement value) {
      ObjectNode node = Nodes.object();
      node.put("format", Formats.ANNUAL_STATEMENT);
      node.put("formatVersion", Formats.CURRENT);
      node.setAll((ObjectNode) writeNested(value));
      return node;
    }

    @Override
    public JsonNode writeNested(AnnualStatement value) {
      ObjectNode node = Nodes.object();
      node.set("year", FinancialYearJson.CODEC.write(value.year()));
      value.currency().ifPresent(c -> node.set("currency", Scalars.CURRENCY.write(c)));
      node.set("byStage", Nodes.map(value.byStage(), PortfolioJson.STAGE_KEY, PortfolioJson.TOTALS));
      node.set("committed", Scalars.DECIMAL_STRING.write(value.committed()));
      node.set("delivered", Scalars.DECIMAL_STRING.write(value.delivered()));
      value.percentDelivered().ifPresent(p -> node.set("percentDelivered", Scalars.DECIMAL_STRING.write(p)));
      node.set("byPriority", Nodes.map(value.byPriority(), Keys.TEXT, PortfolioJson.PRIORITIES));
      node.set("topMeasures", Nodes.array(value.topMeasures(), PortfolioJson.TOP_MEASURE));
      node.set("shortfalls", Nodes.array(value.shortfalls(), PortfolioJson.SHORTFALL));
      return node;
    }
  };

  private AnnualStatementJson() {}
}
