package uk.gov.lancashire.socialvalue.json;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;
import uk.gov.lancashire.socialvalue.json.delivery.DeliveryJson;
import uk.gov.lancashire.socialvalue.json.engine.Codec;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkJson;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkScalars;
import uk.gov.lancashire.socialvalue.json.needs.NeedsJson;
import uk.gov.lancashire.socialvalue.json.performance.PerformanceJson;
import uk.gov.lancashire.socialvalue.json.portfolio.PortfolioJson;
import uk.gov.lancashire.socialvalue.json.sensitivity.SensitivityJson;
import uk.gov.lancashire.socialvalue.json.targets.TargetsJson;
import uk.gov.lancashire.socialvalue.json.tender.TenderJson;
import uk.gov.lancashire.socialvalue.json.valuation.ValuationJson;

/**
 * Every type the module reads and writes, with its declaration, derived from the declarations themselves:
 * each {@code public static final} codec of a declaration class, keyed by the type it declares (SDK types
 * and {@code MonetaryAmount}; the JDK's own types are left to Jackson). What {@link SocialValueModule}
 * registers with Jackson and {@link SocialValueJson#read(String, Class)} looks up.
 */
final class Types {

  private static final List<Class<?>> DECLARATIONS = List.of(BasicsJson.class, FrameworkScalars.class,
      FrameworkJson.class, NeedsJson.class, TargetsJson.class, DeliveryJson.class, TenderJson.class,
      ValuationJson.class, SensitivityJson.class, PortfolioJson.class, PerformanceJson.class);

  private static final Map<Class<?>, Codec<?>> ALL = build();

  private Types() {}

  private static Map<Class<?>, Codec<?>> build() {
    Map<Class<?>, Codec<?>> all = new LinkedHashMap<>();
    for (Class<?> declarations : DECLARATIONS) {
      for (Field field : declarations.getFields()) {
        Class<?> type = declaredType(field);
        if (Modifier.isStatic(field.getModifiers()) && Codec.class.isAssignableFrom(field.getType()) && type != null
            && (type.getName().startsWith("uk.gov.lancashire.socialvalue.") || type == MonetaryAmount.class)) {
          try {
            all.putIfAbsent(type, (Codec<?>) field.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return Collections.unmodifiableMap(all);
  }

  private static Class<?> declaredType(Field field) {
    if (!(field.getGenericType() instanceof ParameterizedType)) {
      return null;
    }
    Type t = ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
    t = t instanceof ParameterizedType ? ((ParameterizedType) t).getRawType() : t;
    return t instanceof Class ? (Class<?>) t : null;
  }

  /** @return every covered type and its codec */
  static Map<Class<?>, Codec<?>> all() {
    return ALL;
  }

  /**
   * @param type a covered type
   * @return its codec
   * @throws IllegalArgumentException when the type is not covered
   */
  @SuppressWarnings("unchecked")
  static <T> Codec<T> of(Class<T> type) {
    Codec<?> codec = ALL.get(type);
    if (codec == null) {
      throw new IllegalArgumentException(type.getName() + " has no JSON form in socialvalue-json");
    }
    return (Codec<T>) codec;
  }
}
