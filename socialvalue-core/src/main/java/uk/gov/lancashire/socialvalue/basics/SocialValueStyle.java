package uk.gov.lancashire.socialvalue.basics;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style used by every value type in the SDK.
 *
 * <p>Generated {@code ImmutableXxx} classes are package-private; callers use the abstract type and its
 * nested {@code Builder} (the "sandwich" pattern), so the public API reads as the domain
 * ({@code Measure}, {@code ProxyEdition}) and not as generated plumbing. Builders are strict (each
 * attribute set once), generated code uses only the JDK, and a builder built without a required attribute throws a
 * {@link ValidationException} with one problem per missing attribute at that attribute's path (it is
 * bad input, so it is reported the way every other bad input is; Immutables calls its
 * {@code String...} constructor). A {@code null} given to a builder is a {@link NullPointerException}
 * naming the attribute.
 *
 * <p>A value that callers build also declares {@code implements WithXxx} (an interface generated beside
 * it), so it has a public {@code withX(...)} copy method per attribute: {@code measure.withTitle("...")}
 * returns a copy with that one attribute changed, checked like a built value. Strict builders have no
 * {@code from(instance)} method (it would set every attribute, so none could be set again): copy with
 * {@code withX}. Computed results do not implement it, since callers never build them.
 *
 * <p>Generated classes carry no {@code @Generated} annotation from the class path: the annotation would be
 * missing for every module compiled against core (Immutables is compile-time only here) and fill their
 * builds with warnings. The style itself has source retention for the same reason: no class file of the SDK names
 * Immutables, so javadoc and javac of modules built on core never look for it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    jdkOnly = true,
    strictBuilder = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    throwForInvalidImmutableState = ValidationException.class,
    defaults = @Value.Immutable(copy = true),
    allParameters = false,
    get = {"is*", "get*"},
    allowedClasspathAnnotations = {Override.class})
public @interface SocialValueStyle {}
