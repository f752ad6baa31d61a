package uk.gov.lancashire.socialvalue.basics;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK public-sector financial year, 1 April to 31 March, written {@code 2024/25}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinancialYear implements Comparable<FinancialYear> {

  private static final Pattern FORM = Pattern.compile("(\\d{4})/(\\d{2})");

  private final int startYear;

  private FinancialYear(int startYear) {
    this.startYear = startYear;
  }

  /**
   * @param startYear the calendar year in which the financial year starts (2024 for 2024/25)
   * @return the financial year
   */
  public static FinancialYear of(int startYear) {
    if (startYear < 1900 || startYear > 2999) {
      throw ValidationException.of("", "financial year must start between 1900 and 2999, was " + startYear);
    }
    return new FinancialYear(startYear);
  }

  /**
   * @param text a financial year written {@code 2024/25}
   * @return the financial year
   */
  public static FinancialYear parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw ValidationException.of("", "'" + text + "' is not a financial year such as 2024/25");
    }
    int start = Integer.parseInt(m.group(1));
    if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
      throw ValidationException.of("", "'" + text + "' is not a financial year: the years must be consecutive");
    }
    return of(start);
  }

  /**
   * @param date a date
   * @return the financial year containing it
   */
  public static FinancialYear containing(LocalDate date) {
    return of(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /** @return the calendar year the financial year starts in */
  public int startYear() {
    return startYear;
  }

  /** @return 1 April of the start year */
  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  /** @return 31 March of the following year */
  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /**
   * @param quarter 1 (April–June) to 4 (January–March)
   * @return that quarter of this year
   */
  public FinancialQuarter quarter(int quarter) {
    return FinancialQuarter.of(this, quarter);
  }

  /** @return the next financial year */
  public FinancialYear next() {
    return of(startYear + 1);
  }

  /**
   * @param date a date
   * @return true when the date lies in this financial year
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FinancialYear && ((FinancialYear) other).startYear == startYear;
  }

  @Override
  public int hashCode() {
    return startYear;
  }

  /** @return the year written {@code 2024/25}; {@link #parse(String)} reads it back */
  @Override
  public String toString() {
    return String.format("%d/%02d", startYear, (startYear + 1) % 100);
  }
}
