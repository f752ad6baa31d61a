package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.sensitivity.Distribution;
import uk.gov.lancashire.socialvalue.sensitivity.Parameter;
import uk.gov.lancashire.socialvalue.sensitivity.UncertainInput;

/** Monte Carlo inputs round-trip exactly, and a malformed distribution is refused with its path. */
class UncertainInputJsonProperties {

  private static final SocialValueJson JSON = SocialValueJson.standard().withPrettyOutput(true);

  @Provide
  Arbitrary<UncertainInput> inputs() {
    Arbitrary<BigDecimal> a = Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000"))
        .ofScale(4);
    Arbitrary<Distribution> distributions = Combinators.combine(a, a, a, Arbitraries.of(true, false))
        .as((x, y, z, triangular) -> {
          BigDecimal[] sorted = {x, y, z};
          java.util.Arrays.sort(sorted);
          return triangular ? Distribution.triangular(sorted[0], sorted[1], sorted[2])
              : Distribution.uniform(sorted[0], sorted[2]);
        });
    return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
        Arbitraries.of(Parameter.class), distributions).as(UncertainInput::of);
  }

  @Property(tries = 200)
  void writeThenReadGivesAnEqualInput(@ForAll("inputs") UncertainInput input) {
    String text = JSON.write(input, UncertainInput.class);
    UncertainInput read = JSON.read(text, UncertainInput.class);
    assertThat(read).isEqualTo(input);
    assertThat(read.distribution().min()).isEqualTo(input.distribution().min()); // scale kept
    assertThat(JSON.write(read, UncertainInput.class)).isEqualTo(text);
  }

  @Test
  void aTriangularDistributionNeedsAModeAndAUniformOneHasNone() {
    assertThatThrownBy(() -> JSON.read("{\"kind\": \"triangular\", \"min\": \"0\", \"max\": \"1\"}", Distribution.class))
        .isInstanceOf(JsonProblemsException.class).hasMessageContaining("$: a triangular distribution needs a mode");
    assertThatThrownBy(() -> JSON.read("{\"kind\": \"uniform\", \"min\": \"0\", \"mode\": \"0.5\", \"max\": \"1\"}",
        Distribution.class)).hasMessageContaining("$: a uniform distribution has no mode");
    assertThatThrownBy(() -> JSON.read("{\"lineId\": \"LT6\", \"parameter\": \"deadwait\", \"distribution\":"
        + " {\"kind\": \"triangular\", \"min\": \"0.3\", \"mode\": \"0.2\", \"max\": \"0.1\"}}", UncertainInput.class))
        .hasMessageContaining("$.parameter: unknown parameter \"deadwait\"")
        .hasMessageContaining("$.distribution: need min ≤ mode ≤ max");
  }
}
