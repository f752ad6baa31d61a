package uk.gov.lancashire.socialvalue.portfolio;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;
import javax.money.CurrencyUnit;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * One figure for the portfolio: a quantity of a measure and its exact value, for one contract,
 * supplier, locality status, financial year and stage. {@link PortfolioFacts#of} derives them from a
 * contract's counted delivery; systems holding millions of records can also make them directly.
 *
 * <p>A value states its price year when known: an aggregate refuses to add values of different price
 * years until they are restated to one base through a price index series (HM Treasury Green Book),
 * see {@link PortfolioAggregate#restatedTo(int, uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries)}.
 *
 * <p>An input to the roll-up, not a result, and deliberately plain: the value is a {@link BigDecimal}
 * in {@link #currency()} rather than a {@link javax.money.MonetaryAmount}, so that streaming millions of
 * facts into an aggregate allocates one object per fact and the fast roll-up reads the decimal without
 * unwrapping an amount. The aggregate's results ({@link Totals}) are amounts, as every money result is.
 * Two facts are equal when every component is equal ({@link BigDecimal#equals} compares scale too, so
 * {@code 1.0} and {@code 1.00} differ, as two records read from different sources would).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param contract the contract id
 * @param supplier the supplier id
 * @param measure the measure
 * @param local whether local by the contract's own locality
 * @param year the financial year
 * @param stage the stage
 * @param quantity the quantity, in the measure's unit
 * @param value the exact value, in {@code currency}
 * @param currency the currency of the value
 * @param priceYear the price year of the value; empty when the value carries no price (a measure not
 *     valued) or it is not known
 */
public record PortfolioFact(String contract, String supplier, MeasureCode measure, LocalStatus local,
    FinancialYear year, ValueStage stage, BigDecimal quantity, BigDecimal value, CurrencyUnit currency,
    OptionalInt priceYear) {

  /**
   * Checks every component is present and both decimals are at most {@link Args#MAX_DIGITS} digits either
   * side of the point.
   *
   * @param contract the contract id
   * @param supplier the supplier id
   * @param measure the measure
   * @param local whether local by the contract's own locality
   * @param year the financial year
   * @param stage the stage
   * @param quantity the quantity, in the measure's unit
   * @param value the exact value, in {@code currency}
   * @param currency the currency of the value
   * @param priceYear the price year of the value, when stated
   */
  public PortfolioFact {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(stage, "stage");
    Args.bounded(quantity, "quantity");
    Args.bounded(value, "value");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(priceYear, "priceYear");
  }

  /**
   * @param contract the contract id
   * @param supplier the supplier id
   * @param measure the measure
   * @param local whether local by the contract's own locality
   * @param year the financial year
   * @param stage the stage
   * @param quantity the quantity, in the measure's unit
   * @param value the exact value
   * @param currency the currency of the value
   * @return the fact, whose price year is not stated (no price-year check is possible for it)
   */
  public static PortfolioFact of(String contract, String supplier, MeasureCode measure, LocalStatus local,
      FinancialYear year, ValueStage stage, BigDecimal quantity, BigDecimal value, CurrencyUnit currency) {
    return new PortfolioFact(contract, supplier, measure, local, year, stage, quantity, value, currency,
        OptionalInt.empty());
  }

  /**
   * @param contract the contract id
   * @param supplier the supplier id
   * @param measure the measure
   * @param local whether local by the contract's own locality
   * @param year the financial year
   * @param stage the stage
   * @param quantity the quantity, in the measure's unit
   * @param value the exact value
   * @param currency the currency of the value
   * @param priceYear the price year of the value; empty when the value carries no price (a measure not
   *     valued) or it is not known
   * @return the fact
   */
  public static PortfolioFact of(String contract, String supplier, MeasureCode measure, LocalStatus local,
      FinancialYear year, ValueStage stage, BigDecimal quantity, BigDecimal value, CurrencyUnit currency,
      OptionalInt priceYear) {
    return new PortfolioFact(contract, supplier, measure, local, year, stage, quantity, value, currency, priceYear);
  }

  /** @return a one-line description */
  @Override
  public String toString() {
    return contract + "/" + supplier + "/" + measure + "/" + local + "/" + year + "/" + stage + ": "
        + quantity.toPlainString() + " = " + value.toPlainString() + " " + currency
        + (priceYear.isPresent() ? " (" + priceYear.getAsInt() + " prices)" : "");
  }
}
