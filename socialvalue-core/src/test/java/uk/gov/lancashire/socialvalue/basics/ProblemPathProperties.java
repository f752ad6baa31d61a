package uk.gov.lancashire.socialvalue.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.basics.ProblemPath.Index;
import uk.gov.lancashire.socialvalue.basics.ProblemPath.Key;
import uk.gov.lancashire.socialvalue.basics.ProblemPath.Segment;

/**
 * The laws of problem paths: segments survive every composition as they were built (a key stays one key
 * whatever it holds), and the text is the one the SDK has always written, so messages and golden files
 * keep their wording.
 */
class ProblemPathProperties {

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8);
  }

  /** Keys that hold path syntax, digits only, quotes, or nothing at all, beside plain ones. */
  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab.[]\"\\0123 @/").ofMinLength(0).ofMaxLength(8),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4),
        Arbitraries.of("lcc@2024.1", "a.b", "[0]", "]", "[", "0", "", "\"", "NT3", "x].y[1"),
        Arbitraries.strings().ofMaxLength(6));
  }

  @Provide
  Arbitrary<ProblemPath> paths() {
    Arbitrary<Segment> segment = Arbitraries.oneOf(
        names().map(ProblemPath.Property::new),
        Arbitraries.integers().between(0, 1000).map(Index::new),
        keys().map(Key::new));
    return segment.list().ofMaxSize(5).map(ProblemPathProperties::build);
  }

  private static ProblemPath build(List<Segment> segments) {
    ProblemPath path = ProblemPath.root();
    for (Segment s : segments) {
      if (s instanceof ProblemPath.Property) {
        path = path.property(((ProblemPath.Property) s).name());
      } else if (s instanceof Index) {
        path = path.index(((Index) s).position());
      } else {
        path = path.key(((Key) s).key());
      }
    }
    return path;
  }

  // -------------------------------------------------------------------------------------------------
  // segments

  @Property
  void aKeyRoundTripsAsOneKeyWhateverItHolds(@ForAll("paths") ProblemPath parent, @ForAll("keys") String key,
      @ForAll("paths") ProblemPath child) {
    ProblemPath path = parent.key(key).then(child);

    List<Segment> segments = path.segments();
    assertThat(segments).hasSize(parent.segments().size() + 1 + child.segments().size());
    assertThat(segments.get(parent.segments().size())).isEqualTo(new Key(key));
    assertThat(Problem.at(child, "m").under(parent.key(key)).where()).isEqualTo(path);
  }

  @Property
  void buildingFromSegmentsGivesThoseSegments(@ForAll("paths") ProblemPath path) {
    assertThat(build(path.segments())).isEqualTo(path);
  }

  @Property
  void placingUnderAParentPrefixesItsSegments(@ForAll("paths") ProblemPath parent, @ForAll("paths") ProblemPath child,
      @ForAll("names") String message) {
    List<Segment> expected = new ArrayList<>(parent.segments());
    expected.addAll(child.segments());

    ValidationException e = ValidationException.at(child, message).under(parent);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.where().segments()).isEqualTo(expected);
      assertThat(p.message()).isEqualTo(message);
    });
  }

  @Property
  void joiningIsAssociativeWithTheRootAsIdentity(@ForAll("paths") ProblemPath a, @ForAll("paths") ProblemPath b,
      @ForAll("paths") ProblemPath c) {
    assertThat(a.then(b).then(c)).isEqualTo(a.then(b.then(c)));
    assertThat(ProblemPath.root().then(a)).isEqualTo(a);
    assertThat(a.then(ProblemPath.root())).isEqualTo(a);
  }

  @Property
  void aKeyOfDigitsIsNotAPosition(@ForAll("paths") ProblemPath parent, @ForAll("positions") int position) {
    ProblemPath key = parent.key(String.valueOf(position));
    ProblemPath index = parent.index(position);

    assertThat(key).isNotEqualTo(index);
    assertThat(key.segments().get(key.segments().size() - 1)).isInstanceOf(Key.class);
    assertThat(index.segments().get(index.segments().size() - 1)).isInstanceOf(Index.class);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE);
  }

  @Property
  void aNameHoldingPathSyntaxIsRefused(@ForAll("names") String a, @ForAll("names") String b) {
    for (String bad : List.of(a + "." + b, a + "[0]", a + "]", "[" + b)) {
      assertThatThrownBy(() -> ProblemPath.of(a).property(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  // -------------------------------------------------------------------------------------------------
  // text

  /** The text of a composed path is the text the SDK always joined: a dot before a name, none before a bracket. */
  @Property
  void theTextJoinsAsTheSdkAlwaysJoined(@ForAll("paths") ProblemPath parent, @ForAll("paths") ProblemPath child) {
    assertThat(parent.then(child).toString()).isEqualTo(join(parent.toString(), child.toString()));
    assertThat(Problem.at(child, "m").under(parent).path()).isEqualTo(join(parent.toString(), child.toString()));
  }

  @Property
  void aPlainKeyReadsAsBefore(@ForAll("names") String name, @ForAll("names") String key, @ForAll("positions") int i) {
    assertThat(ProblemPath.of(name).key(key).property(name).index(i).toString())
        .isEqualTo(name + "[" + key + "]." + name + "[" + i + "]");
  }

  @Property
  void differentKeysReadDifferently(@ForAll("keys") String a, @ForAll("keys") String b) {
    Assume.that(!a.equals(b));
    assertThat(ProblemPath.of("values").key(a).toString()).isNotEqualTo(ProblemPath.of("values").key(b).toString());
  }

  @Property
  void equalProblemsReadTheSame(@ForAll("paths") ProblemPath path, @ForAll("names") String message) {
    Problem built = Problem.at(path, message);
    Problem readBack = Problem.of(built.path(), message);

    assertThat(readBack).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(readBack.toString()).isEqualTo(built.toString());
  }

  /** The rule the SDK joined path text by before paths had segments. */
  private static String join(String parent, String child) {
    if (parent.isEmpty()) {
      return child;
    }
    if (child.isEmpty()) {
      return parent;
    }
    return child.startsWith("[") ? parent + child : parent + "." + child;
  }
}
