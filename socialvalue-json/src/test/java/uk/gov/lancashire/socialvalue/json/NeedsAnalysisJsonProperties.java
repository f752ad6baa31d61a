package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lancashire.socialvalue.needs.IndicatorLink;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;
import uk.gov.lancashire.socialvalue.needs.Observation;

class NeedsAnalysisJsonProperties {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);
  private final JsonMapper plainMapper = JsonMapper.builder().addModule(new SocialValueModule()).build();

  @Provide
  Arbitrary<NeedsAnalysis> analyses() {
    return NeedsGenerators.analysis();
  }

  @Property(tries = 200)
  void writeThenReadGivesAnEqualAnalysisWithExactDecimals(@ForAll("analyses") NeedsAnalysis analysis) {
    String text = json.write(Documents.NEEDS_ANALYSIS, analysis);
    NeedsAnalysis back = json.read(Documents.NEEDS_ANALYSIS, text);

    assertThat(back).isEqualTo(analysis);
    for (int i = 0; i < analysis.observations().size(); i++) {
      Observation original = analysis.observations().get(i);
      Observation read = back.observations().get(i);
      // equal to the last digit and scale: BigDecimal.equals, not compareTo
      assertThat(read.current()).isEqualTo(original.current()).hasScaleOf(original.current().scale());
      assertThat(read.desired()).isEqualTo(original.desired()).hasScaleOf(original.desired().scale());
      assertThat(text).contains("\"current\": \"" + original.current().toPlainString() + "\"");
    }
    for (int i = 0; i < analysis.links().size(); i++) {
      IndicatorLink original = analysis.links().get(i);
      assertThat(back.links().get(i).weight()).isEqualTo(original.weight()).hasScaleOf(original.weight().scale());
    }
  }

  @Property(tries = 200)
  void writingIsStable(@ForAll("analyses") NeedsAnalysis analysis) {
    String text = json.write(Documents.NEEDS_ANALYSIS, analysis);

    assertThat(json.write(Documents.NEEDS_ANALYSIS, json.read(Documents.NEEDS_ANALYSIS, text))).isEqualTo(text);
  }

  @Property(tries = 100)
  void aPlainMapperWithTheModuleRoundTripsToo(@ForAll("analyses") NeedsAnalysis analysis) {
    assertThat(plainMapper.readValue(plainMapper.writeValueAsString(analysis), NeedsAnalysis.class))
        .isEqualTo(analysis);
  }

  @Property(tries = 50)
  void everyWrittenAnalysisValidatesAgainstTheSchema(@ForAll("analyses") NeedsAnalysis analysis) {
    assertThat(SchemaTest.NEEDS_ANALYSIS.validate(json.write(Documents.NEEDS_ANALYSIS, analysis), InputFormat.JSON)).isEmpty();
  }
}
