package uk.gov.lancashire.socialvalue.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/** The {@code withX} copy methods every value with a builder gets from {@code SocialValueStyle}. */
class CopyMethodsTest {

  private final Measure measure = TestFrameworks.monetised("NT1").build();

  @Test
  void aCopyChangesOneAttributeAndLeavesTheOriginalAlone() {
    Measure renamed = measure.withTitle("Local people employed");

    assertThat(renamed.title()).isEqualTo("Local people employed");
    assertThat(renamed.code()).isEqualTo(measure.code());
    assertThat(renamed.unit()).isEqualTo(measure.unit());
    assertThat(renamed.alignments()).isEqualTo(measure.alignments());
    assertThat(measure.title()).isEqualTo("Measure NT1");
    assertThat(renamed).isNotEqualTo(measure);
  }

  @Test
  void aCopyWithTheSameValueIsEqual() {
    assertThat(measure.withTitle(measure.title())).isEqualTo(measure);
  }

  @Test
  void aCopyIsCheckedLikeABuiltValue() {
    assertThatThrownBy(() -> measure.withTitle(" "))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("title: must not be blank");
    assertThatThrownBy(() -> measure.withUnit(Unit.TEXT))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("unit: a monetised measure needs an additive numeric unit, was TEXT");
  }

  @Test
  void nestedValuesAreCopiedTheSameWay() {
    Adjustments adjustments = Adjustments.builder().deadweight(new BigDecimal("0.2")).build();
    Measure adjusted = measure.withAdjustments(adjustments.withAttribution(new BigDecimal("0.1")));

    assertThat(adjusted.adjustments().deadweight()).isEqualByComparingTo("0.2");
    assertThat(adjusted.adjustments().attribution()).isEqualByComparingTo("0.1");
  }
}
