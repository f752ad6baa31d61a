package uk.gov.lancashire.socialvalue.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * The laws of a target's subject as a record: equal components make equal subjects (and equal hash
 * codes), the order agrees with equality, and a subject is exactly one of a scheme's priority or a measure.
 */
class TargetSubjectProperties {

  @Provide
  Arbitrary<TargetSubject> subjects() {
    Arbitrary<String> id = Arbitraries.of("lcc", "growth", "skills", "a", "b");
    return Arbitraries.oneOf(
        id.flatMap(scheme -> id.map(priority -> TargetSubject.priority(scheme, priority))),
        Arbitraries.integers().between(1, 40).map(n -> TargetSubject.measure(MeasureCode.parse("NT" + n))));
  }

  @Property(tries = 300)
  void equalComponentsMakeEqualSubjects(@ForAll("subjects") TargetSubject s) {
    TargetSubject copy = new TargetSubject(s.schemeId(), s.priorityId(), s.measure());

    assertThat(copy).isEqualTo(s).hasSameHashCodeAs(s).hasToString(s.toString());
    assertThat(copy.compareTo(s)).isZero();
  }

  @Property(tries = 300)
  void orderAgreesWithEquality(@ForAll("subjects") TargetSubject a, @ForAll("subjects") TargetSubject b) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    if (a.measure().isPresent() != b.measure().isPresent()) {
      assertThat(a.compareTo(b) < 0).as("priorities before measures").isEqualTo(b.measure().isPresent());
    }
  }

  @Property(tries = 100)
  void bothFormsOrNeitherAreRefused(@ForAll("subjects") TargetSubject s) {
    Optional<MeasureCode> someMeasure = Optional.of(MeasureCode.parse("NT1"));
    assertThatThrownBy(() -> new TargetSubject(Optional.of("lcc"), Optional.of("growth"), someMeasure))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new TargetSubject(Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new TargetSubject(s.schemeId(), Optional.empty(), Optional.empty()))
        .isInstanceOf(ValidationException.class);
  }
}
