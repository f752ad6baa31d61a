package uk.gov.lancashire.socialvalue.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.valuation.Fixtures;
import uk.gov.lancashire.socialvalue.valuation.LineSpec;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.Valuation;

/**
 * The copy methods every value with a public builder ({@code Xxx.builder()}) gets from {@link SocialValueStyle}: the builder's
 * {@code from(x).build()} equals {@code x}; {@code x.withA(y.a())} changes {@code a} and nothing else;
 * setting an attribute twice keeps the last value; a builder missing required attributes names each.
 * The {@code withX} laws are checked by reflection over every {@code withX} method of the generated
 * {@code WithXxx} interface, so an attribute added later is covered without touching this class.
 */
class CopyMethodsProperties {

  // ---------------------------------------------------------------- from(x).build() equals x

  @Property(tries = 60)
  void fromCopiesEveryAttribute(@ForAll("measures") Measure m, @ForAll("records") DeliveryRecord r,
      @ForAll("valuations") Valuation v, @ForAll("adjustments") Adjustments a) {
    assertThat(Measure.builder().from(m).build()).isEqualTo(m);
    assertThat(DeliveryRecord.builder().from(r).build()).isEqualTo(r);
    assertThat(Valuation.builder().from(v).build()).isEqualTo(v);
    assertThat(Adjustments.builder().from(a).build()).isEqualTo(a);
    for (OutcomeLine line : v.lines()) {
      assertThat(OutcomeLine.builder().from(line).build()).isEqualTo(line);
    }
  }

  @Property(tries = 60)
  void fromThenASetterChangesOnlyThatAttribute(@ForAll("records") DeliveryRecord r, @ForAll("records") DeliveryRecord other) {
    DeliveryRecord copy = DeliveryRecord.builder().from(r).quantity(other.quantity()).build();

    assertThat(copy).isEqualTo(r.withQuantity(other.quantity()));
  }

  // ---------------------------------------------------------------- withX changes only X

  @Property(tries = 60)
  void eachWithChangesOnlyItsAttribute(@ForAll("measures") Measure m1, @ForAll("measures") Measure m2,
      @ForAll("records") DeliveryRecord r1, @ForAll("records") DeliveryRecord r2,
      @ForAll("valuations") Valuation v1, @ForAll("valuations") Valuation v2,
      @ForAll("adjustments") Adjustments a1, @ForAll("adjustments") Adjustments a2) {
    withChangesOnlyItsAttribute(Measure.class, m1, m2);
    withChangesOnlyItsAttribute(DeliveryRecord.class, r1, r2);
    withChangesOnlyItsAttribute(Valuation.class, v1, v2);
    withChangesOnlyItsAttribute(Adjustments.class, a1, a2);
    withChangesOnlyItsAttribute(OutcomeLine.class, v1.lines().get(0), v2.lines().get(0));
  }

  /**
   * For each {@code withA} of {@code type}'s {@code WithXxx} interface: {@code x.withA(y.a())} has
   * {@code a} equal to {@code y.a()} and every other copyable attribute equal to {@code x}'s, or is
   * refused with a {@link ValidationException} (a cross-attribute rule the mix breaks).
   */
  private static void withChangesOnlyItsAttribute(Class<?> type, Object x, Object y) {
    Map<String, Method> accessors = accessors(type);
    for (Map.Entry<String, Method> changed : accessors.entrySet()) {
      Object wanted = invoke(changed.getValue(), y);
      Method with = withMethod(type, changed.getKey(), wanted);
      Object copy;
      with.setAccessible(true);
      try {
        copy = with.invoke(x, wanted);
      } catch (InvocationTargetException e) {
        assertThat(e.getCause()).as("%s.%s", type.getSimpleName(), with.getName()).isInstanceOf(ValidationException.class);
        continue;
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
      for (Map.Entry<String, Method> attribute : accessors.entrySet()) {
        Object expected = attribute.getKey().equals(changed.getKey()) ? wanted : invoke(attribute.getValue(), x);
        assertThat(invoke(attribute.getValue(), copy))
            .as("%s.%s(...).%s()", type.getSimpleName(), with.getName(), attribute.getKey()).isEqualTo(expected);
      }
    }
  }

  /** @return the accessor of every attribute that has a {@code withX}, by attribute name */
  private static Map<String, Method> accessors(Class<?> type) {
    Map<String, Method> accessors = new LinkedHashMap<>();
    for (Method with : withInterface(type).getMethods()) {
      String attribute = Character.toLowerCase(with.getName().charAt(4)) + with.getName().substring(5);
      String capital = with.getName().substring(4);
      for (String name : List.of(attribute, "is" + capital, "get" + capital)) {
        try {
          accessors.putIfAbsent(attribute, type.getMethod(name));
        } catch (NoSuchMethodException e) {
          // try the next spelling
        }
      }
      assertThat(accessors).as("accessor of %s.%s", type.getSimpleName(), with.getName()).containsKey(attribute);
    }
    return accessors;
  }

  private static Method withMethod(Class<?> type, String attribute, Object value) {
    String name = "with" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    for (Method m : withInterface(type).getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1 && !m.isVarArgs()
          && accepts(m.getParameterTypes()[0], value)) {
        return m;
      }
    }
    throw new AssertionError("no " + name + " taking " + value.getClass().getName() + " on " + type.getName());
  }

  private static boolean accepts(Class<?> parameter, Object value) {
    if (parameter.isPrimitive()) {
      return (parameter == int.class && value instanceof Integer) || (parameter == boolean.class && value instanceof Boolean)
          || (parameter == long.class && value instanceof Long) || (parameter == double.class && value instanceof Double);
    }
    return parameter.isInstance(value);
  }

  private static Class<?> withInterface(Class<?> type) {
    for (Class<?> i : type.getInterfaces()) {
      if (i.getSimpleName().equals("With" + type.getSimpleName())) {
        return i;
      }
    }
    throw new AssertionError(type.getName() + " does not implement With" + type.getSimpleName());
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      accessor.setAccessible(true);
      return accessor.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  // ---------------------------------------------------------------- every builder, set twice, missing attributes

  @Example
  void everyValueWithAPublicBuilderHasFromAndWithMethods() {
    List<String> checked = new ArrayList<>();
    for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("uk.gov.lancashire.socialvalue")) {
      Class<?> type = javaClass.reflect();
      Optional<Class<?>> builder = publicBuilder(type);
      if (builder.isEmpty()) {
        continue;
      }
      assertThat(Modifier.isPublic(fromMethod(builder.get(), type).getModifiers())).as("%s.Builder.from", type.getName()).isTrue();
      withInterface(type);
      checked.add(type.getSimpleName());
    }
    assertThat(checked).as("value types with a public builder").hasSizeGreaterThanOrEqualTo(30).contains("Measure", "DeliveryRecord", "Valuation");
  }

  private static Optional<Class<?>> publicBuilder(Class<?> type) {
    if (!Modifier.isPublic(type.getModifiers()) || type.getEnclosingClass() != null) {
      return Optional.empty();
    }
    Method factory;
    try {
      factory = type.getMethod("builder");
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder") && Modifier.isPublic(nested.getModifiers())
          && Modifier.isStatic(factory.getModifiers()) && factory.getReturnType() == nested
          && nested.getSuperclass().getSimpleName().equals("Builder")
          && nested.getSuperclass().getEnclosingClass().getSimpleName().equals("Immutable" + type.getSimpleName())) {
        return Optional.of(nested);
      }
    }
    return Optional.empty();
  }

  private static Method fromMethod(Class<?> builder, Class<?> type) {
    try {
      return builder.getMethod("from", type);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type.getName() + ".Builder has no from(" + type.getSimpleName() + ")", e);
    }
  }

  /**
   * Every value with a public builder that the shared fixtures reach (a framework with its schemes, themes,
   * measures, alignments, adjustments, counting rules and proxy editions; a contract with its KPIs; a supply
   * chain): {@code from(x).build()} equals {@code x}, and {@code withA(x.a())} equals {@code x} for each
   * attribute.
   */
  @Example
  void fromAndWithRebuildEveryValueTheFixturesReach() throws ReflectiveOperationException {
    Map<Class<?>, List<Object>> values = new LinkedHashMap<>();
    Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Object root : List.of(ProcurementFixtures.framework(), ProcurementFixtures.contract("C1", "prime"),
        ProcurementFixtures.chain("prime"))) {
      collect(root, values, seen);
    }
    for (Map.Entry<Class<?>, List<Object>> e : values.entrySet()) {
      Class<?> type = e.getKey();
      Optional<Class<?>> builder = publicBuilder(type);
      for (Object x : e.getValue()) {
        if (builder.isPresent()) {
          Object b = type.getMethod("builder").invoke(null);
          Method from = fromMethod(builder.get(), type);
          from.setAccessible(true);
          from.invoke(b, x);
          Method build = builder.get().getMethod("build");
          build.setAccessible(true);
          assertThat(build.invoke(b)).as("%s.builder().from(x).build()", type.getSimpleName()).isEqualTo(x);
        }
        withChangesOnlyItsAttribute(type, x, x);
      }
    }
    assertThat(values.keySet().stream().filter(t -> publicBuilder(t).isPresent()).map(Class::getSimpleName))
        .as("value types with a public builder reached").hasSizeGreaterThanOrEqualTo(10)
        .contains("Framework", "Measure", "ProxyEdition", "Contract", "Kpi", "SupplyChain");
  }

  /** Collects every value with a {@code WithXxx} interface reachable through attributes, lists, maps and optionals. */
  private static void collect(Object value, Map<Class<?>, List<Object>> values, Set<Object> seen) {
    if (!seen.add(value)) {
      return;
    }
    if (value instanceof Iterable<?> items) {
      items.forEach(item -> collect(item, values, seen));
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.values().forEach(item -> collect(item, values, seen));
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(item -> collect(item, values, seen));
      return;
    }
    Class<?> type = value.getClass().getSuperclass();
    if (type == null || !type.getName().startsWith("uk.gov.lancashire.socialvalue.")
        || java.util.Arrays.stream(type.getInterfaces()).noneMatch(i -> i.getSimpleName().equals("With" + type.getSimpleName()))) {
      return;
    }
    values.computeIfAbsent(type, t -> new ArrayList<>()).add(value);
    for (Method accessor : accessors(type).values()) {
      collect(invoke(accessor, value), values, seen);
    }
  }

  @Example
  void settingAnAttributeAgainReplacesIt() {
    Adjustments a = Adjustments.builder().deadweight(new BigDecimal("0.1")).deadweight(new BigDecimal("0.3")).build();
    Measure m = Fixtures.measure("NT1", Unit.COUNT);
    Measure renamed = Measure.builder().from(m).title("first").title("second").build();

    assertThat(a.deadweight()).isEqualByComparingTo("0.3");
    assertThat(renamed.title()).isEqualTo("second");
    assertThat(renamed.withTitle(m.title())).isEqualTo(m);
  }

  @Example
  void aBuilderMissingRequiredAttributesNamesEachOne() {
    assertThatThrownBy(() -> Measure.builder().title("t").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().stream()
            .map(p -> String.valueOf(p.path())).toList()).contains("code", "unit", "kind", "outcomeId"));
  }

  @Example
  void fromRefusesNull() {
    assertThatThrownBy(() -> Measure.builder().from(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("instance");
  }

  // ---------------------------------------------------------------- generators

  @Provide
  Arbitrary<Adjustments> adjustments() {
    return Combinators.combine(LineSpec.fractions(), LineSpec.fractions(), LineSpec.fractions(), LineSpec.fractions())
        .as((dw, ds, at, dr) -> Adjustments.builder().deadweight(dw).displacement(ds).attribution(at).dropOff(dr).build());
  }

  @Provide
  Arbitrary<Measure> measures() {
    return Combinators.combine(Arbitraries.integers().between(1, 99), Arbitraries.of(Unit.COUNT, Unit.HOURS, Unit.FTE_YEARS),
        adjustments()).as((n, unit, a) -> Fixtures.measure("NT" + n, unit, a));
  }

  @Provide
  Arbitrary<Valuation> valuations() {
    return LineSpec.specs(true).list().ofMinSize(1).ofMaxSize(3).map(specs -> {
      List<OutcomeLine> lines = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        lines.add(specs.get(i).line("L" + i));
      }
      return Valuation.builder().currency(Fixtures.GBP).addAllLines(lines).build();
    });
  }

  @Provide
  Arbitrary<DeliveryRecord> records() {
    Arbitrary<FinancialQuarter> period = Arbitraries.of("2024/25-Q1", "2024/25-Q3", "2025/26-Q2").map(FinancialQuarter::parse);
    Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(BigDecimal.valueOf(-50), BigDecimal.valueOf(50)).ofScale(2);
    Arbitrary<BigDecimal> share = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), BigDecimal.ONE).ofScale(2);
    Arbitrary<String> key = Arbitraries.of("p1", "p2", "");
    Arbitrary<String> where = Arbitraries.of("PR1 8XJ", "M1 1AE", "");
    return Combinators.combine(Arbitraries.of("r1", "r2"), period, Arbitraries.of("NT1", "NT10", "NT18"), quantity,
        Arbitraries.of("prime", "sub"), Arbitraries.of(RecordStatus.class), share, Combinators.combine(key, where).as(List::of))
        .as((id, p, m, q, s, st, sh, kw) -> {
          DeliveryRecord.Builder b = DeliveryRecord.builder().id(id).period(p).measure(MeasureCode.parse(m)).quantity(q)
              .supplier(s).status(st).share(sh).addEvidence("evidence-" + id);
          if (!kw.get(0).isEmpty()) {
            b.claimKey(kw.get(0));
          }
          if (!kw.get(1).isEmpty()) {
            b.location(Location.postcode(kw.get(1)));
          }
          return b.build();
        });
  }
}
