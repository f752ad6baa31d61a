package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Explanation;

/**
 * A forecast at completion: the figure, the {@link ForecastMethod method} that made it, and how. The figure is
 * in the unit of the {@link ProgressFigures} it belongs to, a decimal for the reason given there; a value
 * forecast is read as an amount with {@link ValueProgress#forecast()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param method the method
 * @param value the forecast at completion, never below the verified figure to date
 * @param explanation how it was made: its title the sum in words, its entries the figures
 */
public record Forecast(ForecastMethod method, BigDecimal value, Explanation explanation) {

  /**
   * Checks every component is present.
   *
   * @param method see the record description
   * @param value see the record description
   * @param explanation see the record description
   */
  public Forecast {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(explanation, "explanation");
  }
}
