package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;

class SocialValueModuleTest {

  // ---------------------------------------------------------------- registration

  @Test
  void theServiceFileNamesTheModule() throws Exception {
    String file;
    try (var in = SocialValueModule.class.getResourceAsStream("/META-INF/services/tools.jackson.databind.JacksonModule")) {
      file = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }

    assertThat(file).isEqualTo(SocialValueModule.class.getName());
  }

  @Test
  void theServiceLoaderFindsTheModule() {
    assertThat(ServiceLoader.load(JacksonModule.class).stream().map(p -> p.type().getName())
        .collect(Collectors.toList())).contains(SocialValueModule.class.getName());
  }

  @Test
  void aMapperThatFindsModulesReadsAndWritesAFramework() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Framework framework = Samples.framework();

    String text = mapper.writeValueAsString(framework);

    assertThat(text).startsWith("{\"format\":\"socialvalue/framework\",\"formatVersion\":1,");
    assertThat(mapper.readValue(text, Framework.class)).isEqualTo(framework);
  }

  @Test
  void anExplicitlyRegisteredModuleReadsAnEdition() {
    JsonMapper mapper = JsonMapper.builder().addModule(new SocialValueModule()).build();

    assertThat(mapper.readValue(TestFiles.text("sample-edition.json"), ProxyEdition.class)).isEqualTo(Samples.edition());
  }

  @Test
  void aNestedDocumentTypeLeavesOutItsMarker() {
    JsonMapper mapper = JsonMapper.builder().addModule(new SocialValueModule()).build();

    String text = mapper.writeValueAsString(java.util.List.of(Samples.edition()));

    assertThat(text).startsWith("[{\"id\":\"sample\"");
    assertThat(mapper.readValue(text, ProxyEdition[].class)[0]).isEqualTo(Samples.edition());
  }

  @Test
  void throughAMapperProblemsAreAJacksonExceptionWithEveryPath() {
    JsonMapper mapper = JsonMapper.builder().addModule(new SocialValueModule()).build();

    assertThatThrownBy(() -> mapper.readValue("{\"code\": \"nt1\", \"title\": 5}", Measure.class))
        .isInstanceOf(JsonProblemsException.class)
        .hasMessageContaining("$.code: 'nt1' is not a measure code")
        .hasMessageContaining("$.title: must be a string, was the number 5")
        .hasMessageContaining("$.unit: is required");
  }

  // ---------------------------------------------------------------- configuration

  @Test
  void withMethodsReturnANewModuleAndLeaveTheOriginalAlone() {
    SocialValueModule standard = new SocialValueModule();

    SocialValueModule lenient = standard.withUnknownPropertiesRejected(false).withMaxDecimalLength(10);

    assertThat(standard.rejectsUnknownProperties()).isTrue();
    assertThat(standard.maxDecimalLength()).isEqualTo(SocialValueModule.DEFAULT_MAX_DECIMAL_LENGTH);
    assertThat(lenient.rejectsUnknownProperties()).isFalse();
    assertThat(lenient.maxDecimalLength()).isEqualTo(10);
  }

  @Test
  void theDecimalLengthLimitApplies() {
    JsonMapper mapper = JsonMapper.builder().addModule(new SocialValueModule().withMaxDecimalLength(5)).build();

    assertThatThrownBy(() -> mapper.readValue("{\"amount\": \"1234.56\", \"currency\": \"GBP\"}",
        javax.money.MonetaryAmount.class))
        .hasMessageContaining("$.amount: must be a decimal of at most 5 characters, was 7 characters long");
  }

  @Test
  void aMaxDecimalLengthBelowOneIsRefused() {
    assertThatThrownBy(() -> new SocialValueModule().withMaxDecimalLength(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
