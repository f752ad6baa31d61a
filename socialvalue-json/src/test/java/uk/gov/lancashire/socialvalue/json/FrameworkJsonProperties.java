package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lancashire.socialvalue.framework.Framework;

class FrameworkJsonProperties {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);
  private final JsonMapper plainMapper = JsonMapper.builder().addModule(new SocialValueModule()).build();

  @Provide
  Arbitrary<Framework> frameworks() {
    return Generators.framework();
  }

  @Property(tries = 200)
  void writeThenReadGivesAnEqualFramework(@ForAll("frameworks") Framework framework) {
    String text = json.write(Documents.FRAMEWORK, framework);

    assertThat(json.read(Documents.FRAMEWORK, text)).isEqualTo(framework);
    assertThat(json.write(Documents.FRAMEWORK, json.read(Documents.FRAMEWORK, text))).isEqualTo(text);
  }

  @Property(tries = 100)
  void aPlainMapperWithTheModuleRoundTripsToo(@ForAll("frameworks") Framework framework) {
    assertThat(plainMapper.readValue(plainMapper.writeValueAsString(framework), Framework.class)).isEqualTo(framework);
  }

  @Property(tries = 50)
  void everyWrittenFrameworkValidatesAgainstTheSchema(@ForAll("frameworks") Framework framework) {
    assertThat(SchemaTest.FRAMEWORK.validate(json.write(Documents.FRAMEWORK, framework), InputFormat.JSON)).isEmpty();
  }
}
