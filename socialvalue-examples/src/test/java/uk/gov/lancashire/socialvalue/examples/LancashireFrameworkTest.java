package uk.gov.lancashire.socialvalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

class LancashireFrameworkTest {

  @Test
  void theResourceLoadsAsTheIllustrativeFramework() {
    Framework framework = LancashireFramework.create();

    assertThat(framework.measures()).hasSize(18);
    assertThat(framework.schemes()).extracting(s -> s.id()).containsExactly(LancashireFramework.LCC, LancashireFramework.L2050);
    assertThat(framework.edition(LancashireFramework.EDITION).orElseThrow()
        .proxy(MeasureCode.parse("LT9")).orElseThrow().decimalAmount()).isEqualByComparingTo("0.20");
  }

  @Test
  void theResourceIsInCanonicalForm() throws IOException {
    String resource;
    try (InputStream in = LancashireFramework.class.getResourceAsStream(LancashireFramework.RESOURCE)) {
      resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(SocialValueJson.standard().writeFramework(LancashireFramework.create())).isEqualTo(resource);
  }
}
