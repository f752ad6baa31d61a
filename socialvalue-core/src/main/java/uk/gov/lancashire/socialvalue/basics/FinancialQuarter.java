package uk.gov.lancashire.socialvalue.basics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a UK financial year: Q1 April–June, Q2 July–September, Q3 October–December, Q4
 * January–March. Written {@code 2024/25-Q1}. The usual reporting period for delivery records.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinancialQuarter implements Comparable<FinancialQuarter> {

  private static final Pattern FORM = Pattern.compile("(\\d{4}/\\d{2})-Q([1-4])");
  private static final Comparator<FinancialQuarter> ORDER =
      Comparator.comparing(FinancialQuarter::year).thenComparingInt(FinancialQuarter::quarter);

  private final FinancialYear year;
  private final int quarter;

  private FinancialQuarter(FinancialYear year, int quarter) {
    this.year = year;
    this.quarter = quarter;
  }

  /**
   * @param year the financial year
   * @param quarter 1 to 4
   * @return the quarter
   */
  public static FinancialQuarter of(FinancialYear year, int quarter) {
    Objects.requireNonNull(year, "year");
    if (quarter < 1 || quarter > 4) {
      throw ValidationException.of("quarter", "must be 1 to 4, was " + quarter);
    }
    return new FinancialQuarter(year, quarter);
  }

  /**
   * @param text a quarter written {@code 2024/25-Q1}
   * @return the quarter
   */
  public static FinancialQuarter parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw ValidationException.of("", "'" + text + "' is not a financial quarter such as 2024/25-Q1");
    }
    return of(FinancialYear.parse(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * @param date a date
   * @return the quarter containing it
   */
  public static FinancialQuarter containing(LocalDate date) {
    FinancialYear year = FinancialYear.containing(date);
    int monthsIn = (date.getMonthValue() + 8) % 12; // April → 0 … March → 11
    return of(year, monthsIn / 3 + 1);
  }

  /** @return the financial year */
  public FinancialYear year() {
    return year;
  }

  /** @return 1 to 4 */
  public int quarter() {
    return quarter;
  }

  /** @return the first day of the quarter */
  public LocalDate start() {
    return year.start().plusMonths(3L * (quarter - 1));
  }

  /** @return the last day of the quarter */
  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  /** @return the following quarter, crossing into the next year after Q4 */
  public FinancialQuarter next() {
    return quarter == 4 ? of(year.next(), 1) : of(year, quarter + 1);
  }

  @Override
  public int compareTo(FinancialQuarter other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FinancialQuarter
        && ((FinancialQuarter) other).year.equals(year)
        && ((FinancialQuarter) other).quarter == quarter;
  }

  @Override
  public int hashCode() {
    return year.hashCode() * 4 + quarter;
  }

  /** @return the quarter written {@code 2024/25-Q1}; {@link #parse(String)} reads it back */
  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
