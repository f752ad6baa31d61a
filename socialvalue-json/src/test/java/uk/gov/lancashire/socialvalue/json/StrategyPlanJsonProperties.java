package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lancashire.socialvalue.targets.StrategyPlan;
import uk.gov.lancashire.socialvalue.targets.Target;

class StrategyPlanJsonProperties {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);
  private final JsonMapper plainMapper = JsonMapper.builder().addModule(new SocialValueModule()).build();

  @Provide
  Arbitrary<StrategyPlan> plans() {
    return NeedsGenerators.plan();
  }

  @Property(tries = 200)
  void writeThenReadGivesAnEqualPlanWithExactValues(@ForAll("plans") StrategyPlan plan) {
    String text = json.write(Documents.STRATEGY_PLAN, plan);
    StrategyPlan back = json.read(Documents.STRATEGY_PLAN, text);

    assertThat(back).isEqualTo(plan);
    for (int i = 0; i < plan.targets().size(); i++) {
      Target original = plan.targets().get(i);
      // equal to the last digit and scale: BigDecimal.equals, not compareTo
      assertThat(back.targets().get(i).value()).isEqualTo(original.value()).hasScaleOf(original.value().scale());
      assertThat(text).contains("\"value\": \"" + original.value().toPlainString() + "\"");
    }
  }

  @Property(tries = 200)
  void writingIsStable(@ForAll("plans") StrategyPlan plan) {
    String text = json.write(Documents.STRATEGY_PLAN, plan);

    assertThat(json.write(Documents.STRATEGY_PLAN, json.read(Documents.STRATEGY_PLAN, text))).isEqualTo(text);
  }

  @Property(tries = 100)
  void aPlainMapperWithTheModuleRoundTripsToo(@ForAll("plans") StrategyPlan plan) {
    assertThat(plainMapper.readValue(plainMapper.writeValueAsString(plan), StrategyPlan.class)).isEqualTo(plan);
  }

  @Property(tries = 50)
  void everyWrittenPlanValidatesAgainstTheSchema(@ForAll("plans") StrategyPlan plan) {
    assertThat(SchemaTest.STRATEGY_PLAN.validate(json.write(Documents.STRATEGY_PLAN, plan), InputFormat.JSON)).isEmpty();
  }
}
