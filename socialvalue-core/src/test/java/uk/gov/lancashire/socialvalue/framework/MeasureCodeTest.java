package uk.gov.lancashire.socialvalue.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

class MeasureCodeTest {

  @ParameterizedTest
  @CsvSource({"NT1, NT, 1, ''", "RE14, RE, 14, ''", "ECC1c, ECC, 1, c", "FM120ab, FM, 120, ab"})
  void parsesPublishedCodes(String text, String family, int number, String suffix) {
    MeasureCode code = MeasureCode.parse(text);
    assertThat(code.family()).isEqualTo(family);
    assertThat(code.number()).isEqualTo(number);
    assertThat(code.suffix()).isEqualTo(suffix);
    assertThat(code.toString()).isEqualTo(text);
    assertThat(MeasureCode.of(family, number, suffix)).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "nt1", "NT", "1", "NT1C", "NT-1", "NT 1", "NT1c2"})
  void refusesTextThatIsNotACode(String text) {
    assertThatThrownBy(() -> MeasureCode.parse(text)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("is not a measure code");
  }

  @Test
  void familiesShareNumbers() {
    assertThat(MeasureCode.parse("NT1").inFamily("RE")).isEqualTo(MeasureCode.parse("RE1"));
  }

  @Test
  void ordersByFamilyThenNumberThenSuffix() {
    List<String> sorted = Stream.of("NT10", "NT2", "ECC1c", "NT2a", "ECC1")
        .map(MeasureCode::parse).sorted().map(MeasureCode::toString).collect(Collectors.toList());
    assertThat(sorted).containsExactly("ECC1", "ECC1c", "NT2", "NT2a", "NT10");
  }
}
