package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

/**
 * A contract's progress as of a reporting quarter: per measure (every KPI measure and every measure
 * with counted delivery) and in total value. The total's RAG status is by value; each measure's by its
 * quantity, so record-only measures get a status too.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Progress {

  private final FinancialQuarter asOf;
  private final int elapsedQuarters;
  private final int termQuarters;
  private final List<MeasureProgress> measures;
  private final ProgressFigures total;

  private Progress(FinancialQuarter asOf, int elapsedQuarters, int termQuarters,
      List<MeasureProgress> measures, ProgressFigures total) {
    this.asOf = asOf;
    this.elapsedQuarters = elapsedQuarters;
    this.termQuarters = termQuarters;
    this.measures = List.copyOf(measures);
    this.total = total;
  }

  static Progress of(ContractDelivery delivery, FinancialQuarter asOf, RagThresholds thresholds) {
    Contract contract = delivery.contract();
    CommitmentValuer valuer = delivery.valuer();
    int termQuarters = contract.quarters().size();
    int elapsed = (int) contract.quarters().stream().filter(q -> q.compareTo(asOf) <= 0).count();
    SortedSet<MeasureCode> codes = new TreeSet<>();
    contract.kpis().forEach(k -> codes.add(k.measure()));
    delivery.counted().forEach(c -> codes.add(c.record().measure()));
    List<MeasureProgress> measures = new ArrayList<>();
    BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    for (MeasureCode code : codes) {
      BigDecimal committed = contract.kpi(code).map(Kpi::total).orElse(BigDecimal.ZERO);
      BigDecimal toDate = contract.schedule(code).headMap(asOf, true).values().stream()
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal claimed = sum(delivery, code, asOf, c -> true);
      BigDecimal verified = sum(delivery, code, asOf, c -> c.record().status() == RecordStatus.VERIFIED);
      BigDecimal[] values = {valuer.value(code, committed), valuer.value(code, toDate),
          valuer.value(code, claimed), valuer.value(code, verified)};
      for (int i = 0; i < 4; i++) {
        totals[i] = totals[i].add(values[i]);
      }
      measures.add(new MeasureProgress(code,
          ProgressFigures.of(committed, toDate, claimed, verified, elapsed, termQuarters, thresholds),
          ProgressFigures.of(values[0], values[1], values[2], values[3], elapsed, termQuarters, thresholds)));
    }
    return new Progress(asOf, elapsed, termQuarters, measures,
        ProgressFigures.of(totals[0], totals[1], totals[2], totals[3], elapsed, termQuarters, thresholds));
  }

  private static BigDecimal sum(ContractDelivery delivery, MeasureCode code, FinancialQuarter asOf,
      Predicate<CountedRecord> which) {
    return delivery.counted().stream()
        .filter(c -> c.record().measure().equals(code) && c.record().period().compareTo(asOf) <= 0)
        .filter(which).map(CountedRecord::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** @return the last quarter included */
  public FinancialQuarter asOf() {
    return asOf;
  }

  /** @return the contract quarters up to and including {@link #asOf()} */
  public int elapsedQuarters() {
    return elapsedQuarters;
  }

  /** @return the quarters in the whole term */
  public int termQuarters() {
    return termQuarters;
  }

  /** @return progress per measure, by measure code */
  public List<MeasureProgress> measures() {
    return measures;
  }

  /**
   * @param code a measure
   * @return its progress, if the contract commits to or delivered it
   */
  public Optional<MeasureProgress> measure(MeasureCode code) {
    return measures.stream().filter(m -> m.measure().equals(code)).findFirst();
  }

  /** @return progress in total value */
  public ProgressFigures total() {
    return total;
  }

  /** @return one line per measure and one for the total */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("as of " + asOf + "\n");
    measures.forEach(m -> text.append(m).append('\n'));
    return text.append("total value: ").append(total).toString();
  }
}
