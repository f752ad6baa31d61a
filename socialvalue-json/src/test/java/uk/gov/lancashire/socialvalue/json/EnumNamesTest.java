package uk.gov.lancashire.socialvalue.json;

import uk.gov.lancashire.socialvalue.json.engine.EnumNames;

import uk.gov.lancashire.socialvalue.json.framework.FrameworkScalars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.framework.Dimension;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Unit;

class EnumNamesTest {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  @Test
  void measureKindsHaveTheirPublishedNames() {
    assertThat(json.write(MeasureKind.RECORD_ONLY, MeasureKind.class)).isEqualTo("\"record-only\"\n");
    assertThat(json.read("\"record-only\"", MeasureKind.class)).isEqualTo(MeasureKind.RECORD_ONLY);
    assertThat(FrameworkScalars.KIND.allNames()).containsExactly("monetised", "qualitative", "record-only");
  }

  @Test
  void unitsHaveTheirPublishedNames() {
    assertThat(FrameworkScalars.UNIT.allNames()).containsExactly("count", "fte", "fte-years", "hours",
        "hours-x-attendees", "level", "miles", "money", "percent", "text", "tonnes", "tonnes-co2e", "weeks");
  }

  @Test
  void everyConstantOfEveryEnumHasALowerCaseName() {
    Arrays.stream(Unit.values()).forEach(u -> assertThat(FrameworkScalars.UNIT.name(u)).matches("[a-z0-9-]+"));
    Arrays.stream(Dimension.values()).forEach(d -> assertThat(FrameworkScalars.DIMENSION.name(d)).matches("[a-z0-9-]+"));
    Arrays.stream(MeasureKind.values()).forEach(k -> assertThat(FrameworkScalars.KIND.name(k)).matches("[a-z0-9-]+"));
  }

  @Test
  void theJavaConstantNameIsNotAcceptedOnTheWire() {
    assertThatThrownBy(() -> json.read("\"RECORD_ONLY\"", MeasureKind.class))
        .hasMessageContaining("$: unknown measure kind \"RECORD_ONLY\"; expected one of [monetised, qualitative, record-only]");
  }

  @Test
  void anIncompleteTableIsRefused() {
    assertThatThrownBy(() -> EnumNames.of(MeasureKind.class, "kind", Map.of(MeasureKind.MONETISED, "monetised")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MeasureKind.RECORD_ONLY");
  }
}
