package uk.gov.lancashire.socialvalue.framework;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class MeasureCodeProperties {

  @Property(tries = 300)
  void aCodePrintsAndParsesBackToItself(
      @ForAll @StringLength(min = 1, max = 10) @Chars({'A', 'B', 'C', 'E', 'F', 'M', 'N', 'R', 'T', 'Z'}) String family,
      @ForAll @IntRange(min = 0, max = 999_999) int number,
      @ForAll @StringLength(max = 3) @Chars({'a', 'b', 'c', 'x', 'z'}) String suffix) {
    MeasureCode code = MeasureCode.of(family, number, suffix);
    assertThat(MeasureCode.parse(code.toString())).isEqualTo(code);
    assertThat(MeasureCode.parse(code.toString()).toString()).isEqualTo(code.toString());
    // equal codes hash alike, and the hash is Objects.hash's, so no hash-ordered output changes with it
    assertThat(MeasureCode.parse(code.toString()).hashCode()).isEqualTo(code.hashCode())
        .isEqualTo(java.util.Objects.hash(family, number, suffix));
  }
}
