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
 * <p>Deliberately plain (no Moneta amount per fact): the value is a {@link BigDecimal} in
 * {@link #currency()}, so streaming facts into an aggregate allocates little.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PortfolioFact {

  private final String contract;
  private final String supplier;
  private final MeasureCode measure;
  private final LocalStatus local;
  private final FinancialYear year;
  private final ValueStage stage;
  private final BigDecimal quantity;
  private final BigDecimal value;
  private final CurrencyUnit currency;
  private final OptionalInt priceYear;

  private PortfolioFact(String contract, String supplier, MeasureCode measure, LocalStatus local,
      FinancialYear year, ValueStage stage, BigDecimal quantity, BigDecimal value, CurrencyUnit currency,
      OptionalInt priceYear) {
    this.contract = Objects.requireNonNull(contract, "contract");
    this.supplier = Objects.requireNonNull(supplier, "supplier");
    this.measure = Objects.requireNonNull(measure, "measure");
    this.local = Objects.requireNonNull(local, "local");
    this.year = Objects.requireNonNull(year, "year");
    this.stage = Objects.requireNonNull(stage, "stage");
    this.quantity = Args.bounded(quantity, "quantity");
    this.value = Args.bounded(value, "value");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.priceYear = Objects.requireNonNull(priceYear, "priceYear");
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

  /** @return the contract id */
  public String contract() {
    return contract;
  }

  /** @return the supplier id */
  public String supplier() {
    return supplier;
  }

  /** @return the measure */
  public MeasureCode measure() {
    return measure;
  }

  /** @return whether local by the contract's own locality */
  public LocalStatus local() {
    return local;
  }

  /** @return the financial year */
  public FinancialYear year() {
    return year;
  }

  /** @return the stage */
  public ValueStage stage() {
    return stage;
  }

  /** @return the quantity */
  public BigDecimal quantity() {
    return quantity;
  }

  /** @return the exact value */
  public BigDecimal value() {
    return value;
  }

  /** @return the currency of the value */
  public CurrencyUnit currency() {
    return currency;
  }

  /** @return the price year of the value, when stated */
  public OptionalInt priceYear() {
    return priceYear;
  }

  /** @return a one-line description */
  @Override
  public String toString() {
    return contract + "/" + supplier + "/" + measure + "/" + local + "/" + year + "/" + stage + ": "
        + quantity.toPlainString() + " = " + value.toPlainString() + " " + currency
        + (priceYear.isPresent() ? " (" + priceYear.getAsInt() + " prices)" : "");
  }
}
