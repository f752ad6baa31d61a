package uk.gov.lancashire.socialvalue.framework;

import java.math.BigDecimal;
import java.util.OptionalInt;
import javax.money.CurrencyUnit;

/**
 * Values a quantity of a measure in money: the one place where tender evaluation, contract delivery
 * and portfolio reporting turn quantities into value.
 *
 * <p>The procurement way, {@link #pinned(ProxyEdition)}, is {@code quantity × proxy} from the edition
 * pinned at tender time, exact, with no SROI adjustments (deadweight, drop-off, discounting): the
 * figure bidders offer and suppliers report against. An implementation backed by a full SROI
 * valuation engine can replace it without changing the callers. Implementations must be linear in the
 * quantity (value of a sum is the sum of values), which the counting and progress arithmetic relies on.
 */
public interface CommitmentValuer {

  /**
   * The procurement valuer: quantity × the proxy of a pinned edition.
   *
   * @param edition the edition pinned at tender time
   * @return the valuer; its {@link #basis()} is the edition's reference
   */
  static CommitmentValuer pinned(ProxyEdition edition) {
    return new PinnedProxyValuer(edition);
  }

  /** @return what the values are based on, e.g. the edition reference {@code lancashire-illustrative@2024.1} */
  String basis();

  /** @return the currency of every value */
  CurrencyUnit currency();

  /**
   * @param measure a measure code
   * @return true when quantities of the measure have a money value (false for record-only and
   *     qualitative measures, which are counted but valued at zero)
   */
  boolean isValued(MeasureCode measure);

  /**
   * Values a quantity exactly.
   *
   * @param measure the measure
   * @param quantity the quantity, in the measure's unit; negative for a disbenefit
   * @return the exact value; zero when the measure is not {@linkplain #isValued(MeasureCode) valued}
   */
  BigDecimal value(MeasureCode measure, BigDecimal quantity);

  /**
   * The price year of a measure's values, so sums across contracts can refuse to add values of different
   * price years without a price index (HM Treasury Green Book: restate to one price base before adding).
   *
   * @param measure a measure code
   * @return the price year its values are in; empty when the measure is not valued or the valuer does not
   *     say (then no price-year check is possible)
   */
  default OptionalInt priceYear(MeasureCode measure) {
    return OptionalInt.empty();
  }
}
