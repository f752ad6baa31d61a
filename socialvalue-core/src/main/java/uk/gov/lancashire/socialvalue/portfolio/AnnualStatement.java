package uk.gov.lancashire.socialvalue.portfolio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.basics.RoundedBreakdown;

/**
 * The annual social value statement for one financial year (April to March): value by stage, committed
 * vs delivered (delivered means verified; claimed and evidenced value are shown beside it), delivered
 * value by priority in each scheme, the top measures by delivered value, and the contracts that
 * delivered less than they committed.
 *
 * <p>Figures are exact; {@link #render()} rounds them once, to 2 decimal places half up, for display.
 * HTML rendering is left to reporting modules.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the financial year
 * @param currency the currency; empty when the year has no figures
 * @param byStage value by stage (committed, claimed, evidenced, verified, rejected)
 * @param byPriority delivered value by priority, for each scheme, by scheme id
 * @param topMeasures the measures with the most delivered value, highest first (ties by code)
 * @param shortfalls contracts that delivered less than they committed, largest shortfall first
 */
public record AnnualStatement(FinancialYear year, Optional<CurrencyUnit> currency, SortedMap<ValueStage, Totals> byStage,
    Map<String, PriorityBreakdown> byPriority, List<Map.Entry<MeasureCode, Totals>> topMeasures,
    List<ContractShortfall> shortfalls) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks every component, key and element is present and every value by stage, top measure and shortfall
   * is in the statement's currency (zero amounts of a year with no figures are in {@link
   * Amounts#NO_CURRENCY}); copies the collections, keeping their order.
   *
   * @param year the financial year
   * @param currency the currency; empty when the year has no figures
   * @param byStage value by stage
   * @param byPriority delivered value by priority, by scheme id
   * @param topMeasures the measures with the most delivered value, highest first
   * @param shortfalls contracts that delivered less than they committed, largest shortfall first
   * @throws ValidationException when a figure is in another currency than the statement's
   * @throws NullPointerException naming the component, key or element that is null
   */
  public AnnualStatement {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(byStage, "byStage");
    Objects.requireNonNull(byPriority, "byPriority");
    CurrencyUnit unit = currency.orElse(Amounts.NO_CURRENCY);
    byStage.forEach((stage, totals) -> {
      Objects.requireNonNull(stage, "byStage key");
      inCurrency(Objects.requireNonNull(totals, () -> "byStage[" + stage + "]").value(), unit,
          ProblemPath.of("byStage").key(stage.name()));
    });
    byPriority.forEach((scheme, breakdown) -> {
      Objects.requireNonNull(scheme, "byPriority key");
      Objects.requireNonNull(breakdown, () -> "byPriority[" + scheme + "]");
    });
    byStage = Collections.unmodifiableSortedMap(new TreeMap<>(byStage));
    byPriority = Collections.unmodifiableMap(new LinkedHashMap<>(byPriority));
    topMeasures = Args.copyOf(topMeasures, "topMeasures");
    for (int i = 0; i < topMeasures.size(); i++) {
      Map.Entry<MeasureCode, Totals> e = topMeasures.get(i);
      Objects.requireNonNull(e.getKey(), "topMeasures[" + i + "] key");
      inCurrency(Objects.requireNonNull(e.getValue(), "topMeasures[" + i + "] value").value(), unit,
          ProblemPath.of("topMeasures").index(i));
    }
    topMeasures = topMeasures.stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    shortfalls = Args.copyOf(shortfalls, "shortfalls");
    for (int i = 0; i < shortfalls.size(); i++) {
      inCurrency(shortfalls.get(i).committed(), unit, ProblemPath.of("shortfalls").index(i));
    }
  }

  private static void inCurrency(MonetaryAmount amount, CurrencyUnit currency, ProblemPath where) {
    if (!amount.getCurrency().equals(currency)) {
      throw ValidationException.at(where, "must be in the statement's currency " + currency + ", was "
          + amount.getCurrency());
    }
  }

  /**
   * Prepares the statement.
   *
   * @param portfolio the portfolio, any years
   * @param framework the framework, for priorities
   * @param year the financial year reported
   * @param topMeasures how many measures to list, at least 0
   * @return the statement
   */
  public static AnnualStatement of(PortfolioAggregate portfolio, Framework framework, FinancialYear year, int topMeasures) {
    Objects.requireNonNull(framework, "framework");
    PortfolioAggregate inYear = portfolio.forYear(Objects.requireNonNull(year, "year"));
    PortfolioAggregate delivered = inYear.only(ValueStage.VERIFIED);
    List<Map.Entry<MeasureCode, Totals>> top = delivered.byMeasure().entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<MeasureCode, Totals> e) -> Amounts.decimal(e.getValue().value())).reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(Math.max(topMeasures, 0)).map(e -> Map.entry(e.getKey(), e.getValue())).collect(Collectors.toList());
    SortedMap<String, Totals> committed = inYear.only(ValueStage.COMMITTED).byContract();
    SortedMap<String, Totals> verified = delivered.byContract();
    List<ContractShortfall> shortfalls = new ArrayList<>();
    committed.forEach((contract, c) -> {
      BigDecimal done = Optional.ofNullable(verified.get(contract)).map(t -> Amounts.decimal(t.value()))
          .orElse(BigDecimal.ZERO);
      if (Amounts.decimal(c.value()).compareTo(done) > 0) {
        shortfalls.add(new ContractShortfall(contract, c.value(), Amounts.of(done, c.value().getCurrency())));
      }
    });
    shortfalls.sort(Comparator.comparing((ContractShortfall s) -> Amounts.decimal(s.shortfall())).reversed()
        .thenComparing(ContractShortfall::contract));
    return new AnnualStatement(year, inYear.currency(), inYear.byStage(), delivered.byPriority(framework), top, shortfalls);
  }

  /**
   * @param stage a stage
   * @return the exact value at that stage in the year; zero in {@link Amounts#NO_CURRENCY} when the year
   *     has no figures
   */
  public MonetaryAmount value(ValueStage stage) {
    return Optional.ofNullable(byStage.get(Objects.requireNonNull(stage, "stage"))).map(Totals::value)
        .orElseGet(() -> Amounts.zero(currency.orElse(Amounts.NO_CURRENCY)));
  }

  /** @return value committed for the year */
  public MonetaryAmount committed() {
    return value(ValueStage.COMMITTED);
  }

  /** @return value delivered (verified) in the year */
  public MonetaryAmount delivered() {
    return value(ValueStage.VERIFIED);
  }

  /** @return delivered ÷ committed × 100; empty when nothing was committed */
  public Optional<BigDecimal> percentDelivered() {
    BigDecimal committed = Amounts.decimal(committed());
    return committed.signum() > 0
        ? Optional.of(Amounts.decimal(delivered()).multiply(HUNDRED).divide(committed, MathContext.DECIMAL128))
        : Optional.empty();
  }

  /** @return the statement as plain text, figures rounded to 2 decimal places half up */
  public String render() {
    String unit = currency.map(c -> " " + c.getCurrencyCode()).orElse("");
    StringBuilder t = new StringBuilder("Social value statement " + year + "\n");
    t.append("Committed: ").append(money(committed())).append(unit).append('\n');
    t.append("Delivered (verified): ").append(money(delivered())).append(unit)
        .append(percentDelivered().map(p -> " (" + money(p) + "% of committed)").orElse("")).append('\n');
    t.append("Claimed, not yet verified: ").append(money(Amounts.decimal(value(ValueStage.CLAIMED)).add(Amounts.decimal(value(ValueStage.EVIDENCED)))))
        .append(unit).append('\n');
    t.append("Rejected: ").append(money(value(ValueStage.REJECTED))).append(unit).append('\n');
    byPriority.forEach((scheme, b) -> {
      // rounded by largest remainder so the displayed parts add up to the displayed total (a shown breakdown must add up to its shown total)
      List<String> labels = new ArrayList<>(b.breakdown().parts().keySet());
      labels.add("(not aligned)");
      List<BigDecimal> exact = new ArrayList<>();
      b.breakdown().parts().values().forEach(v -> exact.add(Amounts.decimal(v.value())));
      exact.add(Amounts.decimal(b.breakdown().unclassified().value()));
      RoundedBreakdown rounded = RoundedBreakdown.of(labels, exact, MoneyRounding.toScale(2, RoundingMode.HALF_UP));
      t.append("Delivered by priority (").append(scheme).append("), adding up to ")
          .append(rounded.total().toPlainString()).append(":\n");
      rounded.parts().forEach((p, v) -> t.append("  ").append(p).append(": ").append(v.toPlainString()).append('\n'));
    });
    t.append("Top measures:\n");
    topMeasures.forEach(e -> t.append("  ").append(e.getKey()).append(": ").append(money(e.getValue().value())).append('\n'));
    t.append("Contracts with shortfalls:\n");
    shortfalls.forEach(s -> t.append("  ").append(s.contract()).append(": committed ").append(money(s.committed()))
        .append(", delivered ").append(money(s.delivered())).append(", shortfall ").append(money(s.shortfall())).append('\n'));
    return t.toString();
  }

  private static String money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String money(MonetaryAmount value) {
    return money(Amounts.decimal(value));
  }

  /** @return {@link #render()} */
  @Override
  public String toString() {
    return render();
  }
}
