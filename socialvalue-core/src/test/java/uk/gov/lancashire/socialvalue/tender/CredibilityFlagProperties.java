package uk.gov.lancashire.socialvalue.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * The laws of a credibility flag's commitments: whatever order they are given in, the flag names them in
 * ascending order (so two flags on the same commitments are equal); a repeated or negative index, a null
 * list or a null index is refused, naming the field.
 */
class CredibilityFlagProperties {

  private static final Explanation WHY = Explanation.of("why").with("rule", "a rule");

  @Property(tries = 200)
  void commitmentsAreNamedInAscendingOrderWhateverTheOrderGiven(
      @ForAll @Size(max = 12) @UniqueElements List<@IntRange(min = 0, max = 500) Integer> indexes, @ForAll long seed) {
    List<Integer> shuffled = new ArrayList<>(indexes);
    Collections.shuffle(shuffled, new Random(seed));

    CredibilityFlag given = CredibilityFlag.of(FlagKind.OUTSIDE_SHORTLIST, ProblemPath.of("commitments"), WHY, indexes);
    CredibilityFlag other = CredibilityFlag.of(FlagKind.OUTSIDE_SHORTLIST, ProblemPath.of("commitments"), WHY, shuffled);

    assertThat(given.commitments()).isSorted().containsExactlyInAnyOrderElementsOf(indexes);
    assertThat(other).isEqualTo(given).hasSameHashCodeAs(given);
  }

  @Property(tries = 200)
  void aRepeatedOrNegativeIndexIsRefused(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 500) Integer> indexes,
      @ForAll @IntRange(min = 0, max = 11) int pick, @ForAll @IntRange(min = 1, max = 1000) int below) {
    List<Integer> repeated = new ArrayList<>(indexes);
    repeated.add(indexes.get(pick % indexes.size()));
    List<Integer> negative = new ArrayList<>(new java.util.LinkedHashSet<>(indexes));
    negative.add(-below);

    assertThatThrownBy(() -> CredibilityFlag.of(FlagKind.IMPLAUSIBLE_EMPLOYMENT, ProblemPath.root(), WHY, repeated))
        .isInstanceOf(ValidationException.class).hasMessageContaining("commitments");
    assertThatThrownBy(() -> CredibilityFlag.of(FlagKind.IMPLAUSIBLE_EMPLOYMENT, ProblemPath.root(), WHY, negative))
        .isInstanceOf(ValidationException.class).hasMessageContaining("commitments");
  }

  @Property(tries = 20)
  void nullsAreRefusedByName(@ForAll @IntRange(min = 0, max = 5) int at) {
    List<Integer> withNull = new ArrayList<>(Arrays.asList(0, 1, 2, 3, 4, 5));
    withNull.set(at, null);

    assertThatThrownBy(() -> new CredibilityFlag(FlagKind.OUTSIDE_SHORTLIST, ProblemPath.root(), WHY, null))
        .isInstanceOf(NullPointerException.class).hasMessage("commitments");
    assertThatThrownBy(() -> new CredibilityFlag(FlagKind.OUTSIDE_SHORTLIST, ProblemPath.root(), WHY, withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("commitments[" + at + "]");
  }
}
