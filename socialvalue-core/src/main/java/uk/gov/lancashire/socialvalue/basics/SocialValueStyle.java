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
 * ({@code Measure}, {@code ProxyEdition}) and not as generated plumbing. Generated code uses only the
 * JDK, and a builder built without a required attribute throws a {@link ValidationException} with one
 * problem per missing attribute at that attribute's path (it is bad input, so it is reported the way
 * every other bad input is; Immutables calls its {@code String...} constructor). A {@code null} given
 * to a builder is a {@link NullPointerException} naming the attribute.
 *
 * <p><b>Builders are not strict: setting an attribute again replaces it</b> (a list attribute given
 * whole, {@code alignments(list)}, replaces the list; {@code addAlignments(...)} appends). That is what
 * a Java user expects of a builder, and it is what makes {@code from} useful. A strict builder would
 * instead throw {@code IllegalStateException} on the second call, and the public API throws nothing but
 * {@link ValidationException} and a {@link NullPointerException} naming the parameter.
 *
 * <p>Every value that callers build has two ways to copy it with changes:
 * <ul>
 *   <li>{@code Measure.builder().from(measure).title("...").build()}: the builder's {@code from}
 *       sets every attribute from an existing value, and later calls replace any of them. Call
 *       {@code from} first: it appends to list attributes already set, as {@code addAllX} does.</li>
 *   <li>{@code measure.withTitle("...")}: the value declares {@code implements WithXxx} (an interface
 *       generated beside it), so it has a public {@code withX(...)} per attribute that returns a copy
 *       with that one attribute changed.</li>
 * </ul>
 * Both copies are checked like a built value. Computed results (package-private builders) have
 * neither, since callers never build them.
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
    strictBuilder = false,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    throwForInvalidImmutableState = ValidationException.class,
    defaults = @Value.Immutable(copy = true),
    allParameters = false,
    get = {"is*", "get*"},
    allowedClasspathAnnotations = {Override.class})
public @interface SocialValueStyle {}
