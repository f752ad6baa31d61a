package uk.gov.lancashire.socialvalue.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
import uk.gov.lancashire.socialvalue.sensitivity.Distribution;
import uk.gov.lancashire.socialvalue.sensitivity.MonteCarlo;
import uk.gov.lancashire.socialvalue.sensitivity.MonteCarloBand;
import uk.gov.lancashire.socialvalue.sensitivity.Parameter;
import uk.gov.lancashire.socialvalue.sensitivity.UncertainInput;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.Quantity;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/**
 * {@link MonteCarlo#run} with 10,000 draws over a study of 1,000 outcome lines (durations 1 to 5 years,
 * deadweight, attribution and drop-off, 3.5% discounting), each line with one uncertain input: its
 * proxy, quantity, deadweight or drop-off in turn, uniform or triangular. The exact valuation is made
 * once in the setup; the score is the run, in milliseconds. All figures are ILLUSTRATIVE ONLY.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloBenchmark {

  static final int OUTCOMES = 1_000;
  static final int DRAWS = 10_000;

  private ValuationResult result;
  private List<UncertainInput> inputs;

  /** Values the study and declares its uncertain inputs. */
  @Setup(Level.Trial)
  public void setUp() {
    Valuation.Builder study = Valuation.builder().currency(Workload.GBP)
        .discountSchedule(DiscountSchedule.flat(new BigDecimal("0.035")))
        .putInvestment(0, Amounts.of(new BigDecimal("5000000"), Workload.GBP));
    inputs = new ArrayList<>();
    for (int k = 0; k < OUTCOMES; k++) {
      String id = "outcome-" + k;
      BigDecimal proxy = BigDecimal.valueOf(100 + Math.floorMod(Workload.mix(k), 1_800));
      BigDecimal quantity = BigDecimal.valueOf(10 + Math.floorMod(Workload.mix(k + 1L), 200));
      Measure measure = Measure.builder().code(Workload.code(k % Workload.MEASURES)).title("Outcome " + k)
          .unit(Unit.COUNT).kind(MeasureKind.MONETISED).outcomeId("outcome").build();
      study.addLines(OutcomeLine.builder().id(id).measure(measure)
          .quantity(Quantity.of(quantity, Unit.COUNT))
          .proxy(ProxyValue.builder().amount(Amounts.of(proxy, Workload.GBP)).unit(Unit.COUNT).priceYear(2024)
              .source("ILLUSTRATIVE ONLY: generated for benchmarks").licence("illustrative").build())
          .deadweight(new BigDecimal("0.2")).attribution(new BigDecimal("0.1")).dropOff(new BigDecimal("0.25"))
          .durationYears(1 + k % 5).build());
      switch (k % 4) {
        case 0:
          inputs.add(UncertainInput.of(id, Parameter.PROXY,
              Distribution.uniform(proxy.multiply(new BigDecimal("0.8")), proxy.multiply(new BigDecimal("1.2")))));
          break;
        case 1:
          inputs.add(UncertainInput.of(id, Parameter.QUANTITY, Distribution.triangular(
              quantity.multiply(new BigDecimal("0.5")), quantity, quantity.multiply(new BigDecimal("1.1")))));
          break;
        case 2:
          inputs.add(UncertainInput.of(id, Parameter.DEADWEIGHT,
              Distribution.triangular(new BigDecimal("0.1"), new BigDecimal("0.2"), new BigDecimal("0.4"))));
          break;
        default:
          inputs.add(UncertainInput.of(id, Parameter.DROP_OFF,
              Distribution.uniform(new BigDecimal("0.1"), new BigDecimal("0.5"))));
          break;
      }
    }
    result = study.build().result();
  }

  /** @return the P5 / P50 / P95 band of 10,000 draws */
  @Benchmark
  public MonteCarloBand tenThousandDrawsOverAThousandOutcomes() {
    return MonteCarlo.run(result, inputs, DRAWS, 42L);
  }
}
