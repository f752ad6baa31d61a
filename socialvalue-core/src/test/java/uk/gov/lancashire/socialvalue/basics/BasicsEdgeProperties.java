package uk.gov.lancashire.socialvalue.basics;

import static uk.gov.lancashire.socialvalue.PublicEdge.call;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.EdgeValues;

/** The basics' public API with edge values: only a result, a ValidationException or a named NPE. */
class BasicsEdgeProperties extends EdgeValues {

  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");





  @Property(tries = 300)
  void amounts(@ForAll("decimals") BigDecimal value) {
    call(() -> Amounts.decimal(Amounts.of(value, GBP)));
    call(() -> Amounts.of(value, null));
    call(() -> Amounts.of(null, GBP));
    call(() -> Args.bounded(value, "value"));
    call(() -> Args.positive(value, "value"));
    call(() -> Args.fraction(value, "value"));
  }

  @Property(tries = 300)
  void rounding(@ForAll("ints") int scale, @ForAll("modes") RoundingMode mode, @ForAll("decimals") BigDecimal value,
      @ForAll("lists") List<BigDecimal> parts) {
    call(() -> MoneyRounding.toScale(scale, mode).round(value));
    call(() -> MoneyRounding.toScale(scale, mode).allocate(parts));
    call(() -> MoneyRounding.of(GBP, mode).allocate(parts));
    call(() -> {
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        labels.add("part " + (i % 3));
      }
      RoundedBreakdown.of(labels, parts, MoneyRounding.of(GBP));
    });
    call(() -> RoundedBreakdown.of(List.of("one"), parts, MoneyRounding.of(GBP)));
  }

  @Property(tries = 200)
  void yearsAndQuarters(@ForAll("ints") int year, @ForAll String text) {
    call(() -> FinancialYear.of(year));
    call(() -> FinancialYear.parse(text));
    call(() -> Loaded.of(text, List.of()));
    call(() -> Explanation.of(text).with(text, year).toText());
  }
}
