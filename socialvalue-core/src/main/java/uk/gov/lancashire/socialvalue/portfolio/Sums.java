package uk.gov.lancashire.socialvalue.portfolio;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Exact running sums of one group of facts: quantity, value and how many facts. Mutable only inside an
 * accumulator or while a view is built; shared by {@link PortfolioAggregate} and {@link RollupTotals}
 * so both derive their views with the same arithmetic.
 */
final class Sums {
  BigDecimal quantity = BigDecimal.ZERO;
  BigDecimal value = BigDecimal.ZERO;
  long count;

  void add(BigDecimal q, BigDecimal v) {
    quantity = quantity.add(q);
    value = value.add(v);
    count++;
  }

  Sums add(Sums other) {
    quantity = quantity.add(other.quantity);
    value = value.add(other.value);
    count += other.count;
    return this;
  }

  void addPart(BigDecimal partValue, long facts) {
    value = value.add(partValue);
    count += facts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Sums && ((Sums) other).count == count
        && ((Sums) other).quantity.compareTo(quantity) == 0 && ((Sums) other).value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(quantity.stripTrailingZeros(), value.stripTrailingZeros(), count);
  }
}
