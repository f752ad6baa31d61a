package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.targets.Milestone;
import uk.gov.lancashire.socialvalue.targets.StrategyPlan;
import uk.gov.lancashire.socialvalue.targets.Target;

/**
 * {@link StrategyPlan}, a top-level document ({@code "format": "socialvalue/strategy-plan"}): id, title,
 * firstYear and lastYear ({@code "2024/25"}), then the targets and milestones as arrays.
 *
 * <p>Every element is read and built on its own; the plan's cross-checks (a target for every subject in
 * every year, targets within the plan's years, unique milestone ids) run once every element is sound,
 * and their paths are mapped onto the document ({@code $.targets[2].year}).
 */
final class StrategyPlanJson {

  /** The codec. */
  static final JsonCodec<StrategyPlan> CODEC = new JsonCodec<>() {
    @Override
    public StrategyPlan read(Cursor in) {
      Fields f = Fields.of(in);
      f.marker(Formats.STRATEGY_PLAN);
      String id = f.required("id", Scalars.STRING);
      String title = f.required("title", Scalars.STRING);
      FinancialYear firstYear = f.required("firstYear", FinancialYearJson.CODEC);
      FinancialYear lastYear = f.required("lastYear", FinancialYearJson.CODEC);
      List<Target> targets = f.list("targets", TargetJson.CODEC);
      List<Milestone> milestones = f.list("milestones", MilestoneJson.CODEC);
      return f.build(() -> StrategyPlan.builder().id(id).title(title).firstYear(firstYear).lastYear(lastYear)
          .addAllTargets(targets).addAllMilestones(milestones).build());
    }

    @Override
    public JsonNode write(StrategyPlan value) {
      ObjectNode node = Nodes.object();
      node.put("format", Formats.STRATEGY_PLAN);
      node.put("formatVersion", Formats.CURRENT);
      node.setAll((ObjectNode) writeNested(value));
      return node;
    }

    @Override
    public JsonNode writeNested(StrategyPlan value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.put("title", value.title());
      node.set("firstYear", FinancialYearJson.CODEC.write(value.firstYear()));
      node.set("lastYear", FinancialYearJson.CODEC.write(value.lastYear()));
      node.set("targets", Nodes.array(value.targets(), TargetJson.CODEC));
      node.set("milestones", Nodes.array(value.milestones(), MilestoneJson.CODEC));
      return node;
    }
  };

  private StrategyPlanJson() {}
}
