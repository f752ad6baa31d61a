package uk.gov.lancashire.socialvalue.examples;

import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.json.Documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

class LancashireFrameworkTest {

  private final Framework framework = LancashireFramework.create();

  @Test
  void hasBothPrioritySchemesAndTheFiveUsualThemes() {
    assertThat(framework.scheme(LancashireFramework.LCC).orElseThrow().priorities()).hasSize(4);
    assertThat(framework.scheme(LancashireFramework.L2050).orElseThrow().priorities()).hasSize(4);
    assertThat(framework.themes()).extracting(t -> t.id())
        .containsExactly("jobs", "growth", "social", "environment", "innovation");
  }

  @Test
  void hasAtLeastFifteenMeasuresSpanningEveryUnitAndKind() {
    assertThat(framework.measures()).hasSizeGreaterThanOrEqualTo(15);
    Set<Unit> units = framework.measures().stream().map(Measure::unit).collect(Collectors.toCollection(
        () -> EnumSet.noneOf(Unit.class)));
    assertThat(units).containsExactlyInAnyOrder(Unit.values());
    assertThat(framework.measures()).extracting(Measure::kind).contains(MeasureKind.values());
  }

  @Test
  void everyMeasureIsAlignedInBothSchemes() {
    for (Measure m : framework.measures()) {
      assertThat(framework.prioritiesOf(m.code(), LancashireFramework.LCC)).as("%s in lcc", m.code()).isNotEmpty();
      assertThat(framework.prioritiesOf(m.code(), LancashireFramework.L2050)).as("%s in 2050", m.code()).isNotEmpty();
    }
  }

  @Test
  void everyProxyValueIsLabelledIllustrative() {
    ProxyEdition edition = framework.edition(LancashireFramework.EDITION).orElseThrow();
    assertThat(edition.values()).isNotEmpty();
    edition.values().values().forEach(p -> {
      assertThat(p.source()).startsWith("ILLUSTRATIVE");
      assertThat(p.licence()).isEqualTo("illustrative");
    });
  }

  @Test
  void theResourceLoadsAsTheIllustrativeFramework() {
    assertThat(framework.measures()).hasSize(18);
    assertThat(framework.schemes()).extracting(s -> s.id())
        .containsExactly(LancashireFramework.LCC, LancashireFramework.L2050);
    assertThat(Amounts.decimal(framework.edition(LancashireFramework.EDITION).orElseThrow()
        .proxy(MeasureCode.parse("LT9")).orElseThrow().amount())).isEqualByComparingTo("0.20");
  }

  @Test
  void theResourceIsInCanonicalForm() throws IOException {
    String resource;
    try (InputStream in = LancashireFramework.class.getResourceAsStream(LancashireFramework.RESOURCE)) {
      resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(SocialValueJson.standard().withPrettyOutput(true).write(Documents.FRAMEWORK, LancashireFramework.create())).isEqualTo(resource);
  }
}
