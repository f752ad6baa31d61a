package uk.gov.lancashire.socialvalue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/**
 * The edge values every {@code *EdgeProperties} class draws from, declared once: a property class extends
 * this and names them in {@code @ForAll("decimals")}, {@code @ForAll("ints")}, {@code @ForAll("modes")} and
 * {@code @ForAll("lists")} (jqwik finds provider methods in superclasses).
 */
public abstract class EdgeValues {

  /** @return decimals of extreme scales and magnitudes ({@link PublicEdge#decimals()}) */
  @Provide
  public Arbitrary<BigDecimal> decimals() {
    return PublicEdge.decimals();
  }

  /** @return integers at and around the edges of {@code int} ({@link PublicEdge#ints()}) */
  @Provide
  public Arbitrary<Integer> ints() {
    return PublicEdge.ints();
  }

  /** @return every rounding mode */
  @Provide
  public Arbitrary<RoundingMode> modes() {
    return PublicEdge.roundingModes();
  }

  /** @return lists of edge decimals, empty ones included ({@link PublicEdge#decimalLists()}) */
  @Provide
  public Arbitrary<List<BigDecimal>> lists() {
    return PublicEdge.decimalLists();
  }
}
