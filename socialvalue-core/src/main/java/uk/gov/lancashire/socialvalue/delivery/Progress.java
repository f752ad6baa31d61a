package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.framework.CountingRules;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

/**
 * A contract's progress as of a reporting quarter: per measure (every KPI measure and every measure
 * with counted delivery) and in total value. The total's RAG status is by value; each measure's by its
 * quantity, so record-only measures get a status too. Every figure's forecast at completion is made by
 * the one {@link ForecastMethod} named here; the total's forecast is the sum of the measures' (values
 * are linear in quantities).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param asOf the last quarter included
 * @param elapsedQuarters the contract quarters up to and including {@code asOf}
 * @param termQuarters the quarters in the whole term
 * @param forecastMethod how every forecast at completion was made
 * @param measures progress per measure, by measure code
 * @param total progress in total value, in {@link Contract#currency()}, each figure an amount
 */
public record Progress(FinancialQuarter asOf, int elapsedQuarters, int termQuarters, ForecastMethod forecastMethod,
    List<MeasureProgress> measures, ValueProgress total) {

  /**
   * Checks every component is present and copies the list.
   *
   * @param asOf see the record description
   * @param elapsedQuarters see the record description
   * @param termQuarters see the record description
   * @param forecastMethod see the record description
   * @param measures see the record description
   * @param total see the record description
   */
  public Progress {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(forecastMethod, "forecastMethod");
    measures = Args.copyOf(measures, "measures");
    Objects.requireNonNull(total, "total");
  }

  static Progress of(ContractDelivery delivery, FinancialQuarter asOf, RagThresholds thresholds, ForecastMethod method) {
    Contract contract = delivery.contract();
    CommitmentValuer valuer = delivery.valuer();
    CurrencyUnit currency = contract.currency();
    int termQuarters = contract.quarters().size();
    int elapsed = (int) contract.quarters().stream().filter(q -> q.compareTo(asOf) <= 0).count();
    SortedSet<MeasureCode> codes = new TreeSet<>();
    contract.kpis().forEach(k -> codes.add(k.measure()));
    delivery.counted().forEach(c -> codes.add(c.record().measure()));
    List<MeasureProgress> measures = new ArrayList<>();
    BigDecimal[] totals = new BigDecimal[6];
    java.util.Arrays.fill(totals, BigDecimal.ZERO);
    for (MeasureCode code : codes) {
      BigDecimal committed = contract.kpi(code).map(Kpi::total).orElse(BigDecimal.ZERO);
      BigDecimal toDate = contract.schedule(code).headMap(asOf, true).values().stream()
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal claimed = BigDecimal.ZERO;
      BigDecimal verified = BigDecimal.ZERO;
      BigDecimal delivered = BigDecimal.ZERO;
      Map<Integer, BigDecimal> verifiedByYear = new TreeMap<>();
      for (CountedRecord c : delivery.counted()) {
        if (c.record().measure().equals(code) && c.record().period().compareTo(asOf) <= 0) {
          claimed = claimed.add(c.quantity());
          if (c.record().status() == RecordStatus.VERIFIED) {
            verified = verified.add(c.quantity());
            verifiedByYear.merge(contract.contractYear(c.record().period()), c.quantity(), BigDecimal::add);
          }
          if (thresholds.basis().includes(c.record().status())) {
            delivered = delivered.add(c.quantity());
          }
        }
      }
      boolean firstYearOnly = delivery.framework().measure(code).map(Measure::countingRules)
          .map(CountingRules::firstYearOnly).orElse(false);
      BigDecimal remaining = remaining(contract, code, asOf, verifiedByYear);
      BigDecimal rate = rate(method, verified, toDate, firstYearOnly);
      BigDecimal forecast = verified.add(remaining.multiply(rate));
      Explanation how = Explanation.of(describe(method, verified, remaining, rate, toDate, firstYearOnly))
          .with("method", method).with("verified to date", plain(verified)).with("remaining commitment", plain(remaining))
          .with("rate", plain(rate)).with("forecast", plain(forecast));
      BigDecimal[] values = {valuer.value(code, committed), valuer.value(code, toDate), valuer.value(code, claimed),
          valuer.value(code, verified), valuer.value(code, delivered), valuer.value(code, forecast)};
      for (int i = 0; i < values.length; i++) {
        totals[i] = totals[i].add(values[i]);
      }
      measures.add(new MeasureProgress(code,
          ProgressFigures.of(committed, toDate, claimed, verified, delivered, thresholds,
              new Forecast(method, forecast, how)),
          new ValueProgress(ProgressFigures.of(values[0], values[1], values[2], values[3], values[4], thresholds,
              new Forecast(method, values[5], how.with("valued with", valuer.basis()))), currency)));
    }
    Forecast totalForecast = new Forecast(method, totals[5], Explanation.of("sum of the measures' forecasts (" + method
        + ")").with("forecast", plain(totals[5])));
    return new Progress(asOf, elapsed, termQuarters, method, measures,
        new ValueProgress(ProgressFigures.of(totals[0], totals[1], totals[2], totals[3], totals[4], thresholds,
            totalForecast), currency));
  }

  /**
   * The remaining commitment: for each contract year, its commitment less the larger of what was
   * scheduled and what was verified in it to date, never below zero.
   */
  private static BigDecimal remaining(Contract contract, MeasureCode code, FinancialQuarter asOf,
      Map<Integer, BigDecimal> verifiedByYear) {
    Optional<Kpi> kpi = contract.kpi(code);
    if (kpi.isEmpty()) {
      return BigDecimal.ZERO;
    }
    Map<Integer, BigDecimal> scheduledByYear = new TreeMap<>();
    contract.schedule(code).headMap(asOf, true).forEach((q, quantity) ->
        scheduledByYear.merge(contract.contractYear(q), quantity, BigDecimal::add));
    BigDecimal remaining = BigDecimal.ZERO;
    for (Map.Entry<Integer, BigDecimal> year : kpi.get().yearly().entrySet()) {
      BigDecimal done = scheduledByYear.getOrDefault(year.getKey(), BigDecimal.ZERO)
          .max(verifiedByYear.getOrDefault(year.getKey(), BigDecimal.ZERO));
      remaining = remaining.add(year.getValue().subtract(done).max(BigDecimal.ZERO));
    }
    return remaining;
  }

  private static BigDecimal rate(ForecastMethod method, BigDecimal verified, BigDecimal toDate, boolean firstYearOnly) {
    if (method == ForecastMethod.ON_PROFILE || toDate.signum() <= 0) {
      return BigDecimal.ONE;
    }
    BigDecimal rate = verified.divide(toDate, java.math.MathContext.DECIMAL128).max(BigDecimal.ZERO);
    return firstYearOnly ? rate.min(BigDecimal.ONE) : rate;
  }

  private static String describe(ForecastMethod method, BigDecimal verified, BigDecimal remaining, BigDecimal rate,
      BigDecimal toDate, boolean firstYearOnly) {
    String base = "verified to date " + plain(verified) + " + remaining commitment " + plain(remaining);
    if (method == ForecastMethod.ON_PROFILE) {
      return "on profile: " + base;
    }
    if (toDate.signum() <= 0) {
      return "at current rate: nothing was due yet, so on profile: " + base;
    }
    return "at current rate: " + base + " × rate " + plain(rate) + " (verified ÷ committed to date "
        + plain(toDate) + (firstYearOnly ? ", capped at 1 for a first-year-only measure" : "") + ")";
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * @param code a measure
   * @return its progress, if the contract commits to or delivered it
   */
  public Optional<MeasureProgress> measure(MeasureCode code) {
    return measures.stream().filter(m -> m.measure().equals(code)).findFirst();
  }

  /** @return one line per measure and one for the total */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("as of " + asOf + "\n");
    measures.forEach(m -> text.append(m).append('\n'));
    return text.append("total value: ").append(total).toString();
  }
}
