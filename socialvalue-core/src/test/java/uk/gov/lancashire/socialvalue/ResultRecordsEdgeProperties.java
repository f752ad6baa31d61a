package uk.gov.lancashire.socialvalue;

import static org.assertj.core.api.Assertions.fail;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_JOBS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import javax.money.MonetaryAmount;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.delivery.FteCount;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.portfolio.AnnualStatement;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioFact;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;
import uk.gov.lancashire.socialvalue.targets.TargetSubject;
import uk.gov.lancashire.socialvalue.tender.CredibilityFlag;
import uk.gov.lancashire.socialvalue.tender.Criterion;
import uk.gov.lancashire.socialvalue.tender.CriterionScore;
import uk.gov.lancashire.socialvalue.tender.FlagKind;
import uk.gov.lancashire.socialvalue.valuation.LineSpec;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;
import uk.gov.lancashire.socialvalue.valuation.ValuedLine;
import uk.gov.lancashire.socialvalue.valuation.YearValue;

/**
 * The result records' canonical constructors (public, as every record's is) and their methods with edge
 * values and nulls: only a result, a ValidationException, or a NullPointerException whose message names the
 * component (a name or path such as {@code lines[0]}, never the JVM's "Cannot invoke … because …" text, which
 * {@link PublicEdge#call} alone would let through).
 */
class ResultRecordsEdgeProperties extends EdgeValues {

  private static final ValuationResult RESULT = Valuation.builder().currency(GBP)
      .addAllLines(LineSpec.lines(List.of(
          new LineSpec(new BigDecimal("12"), new BigDecimal("2500.50"), new BigDecimal("0.1"), new BigDecimal("0.2"),
              new BigDecimal("0.05"), new BigDecimal("0.3"), 3, 0, true),
          new LineSpec(new BigDecimal("4"), new BigDecimal("99.99"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
              BigDecimal.ZERO, 1, 1, false))))
      .putInvestment(0, Amounts.of(new BigDecimal("10000"), GBP)).build().result();
  private static final Explanation WHY = Explanation.of("why");

  /** Runs a call like {@link PublicEdge#call}, and also fails when a null is reported without its name. */
  static void named(Runnable call) {
    PublicEdge.call(() -> {
      try {
        call.run();
      } catch (NullPointerException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("because") || message.contains("\"")) {
          fail("a NullPointerException that names no component: " + message, e);
        }
        throw e;
      }
    });
  }

  @Example
  void everyComponentNullIsNamed() {
    ValuedLine line = RESULT.lines().get(0);
    YearValue y = line.years().get(0);
    named(() -> new ValuationResult(null, RESULT.lines(), RESULT.investment(), RESULT.horizon()));
    named(() -> new ValuationResult(RESULT.valuation(), null, RESULT.investment(), RESULT.horizon()));
    named(() -> new ValuationResult(RESULT.valuation(), Arrays.asList(line, null), RESULT.investment(), RESULT.horizon()));
    named(() -> new ValuationResult(RESULT.valuation(), RESULT.lines(), null, RESULT.horizon()));
    named(() -> new ValuedLine(null, 2024, BigDecimal.ONE, line.proxyInPriceBase(), line.years()));
    named(() -> new ValuedLine(line.line(), 2024, null, line.proxyInPriceBase(), line.years()));
    named(() -> new ValuedLine(line.line(), 2024, BigDecimal.ONE, null, line.years()));
    named(() -> new ValuedLine(line.line(), 2024, BigDecimal.ONE, line.proxyInPriceBase(), null));
    named(() -> new ValuedLine(line.line(), 2024, BigDecimal.ONE, line.proxyInPriceBase(), Arrays.asList(y, null, null)));
    named(() -> new YearValue(1, 0, null, y.dropOffFactor(), y.impact(), y.discountFactor(), y.presentValue()));
    named(() -> new YearValue(1, 0, y.deadweight(), y.dropOffFactor(), null, y.discountFactor(), y.presentValue()));
    named(() -> new YearValue(1, 0, y.deadweight(), y.dropOffFactor(), y.impact(), y.discountFactor(), null));
    named(() -> new CredibilityFlag(null, ProblemPath.root(), WHY, List.of()));
    named(() -> new CredibilityFlag(FlagKind.OUTSIDE_SHORTLIST, null, WHY, List.of()));
    named(() -> new CredibilityFlag(FlagKind.OUTSIDE_SHORTLIST, ProblemPath.root(), null, List.of()));
    named(() -> new CredibilityFlag(FlagKind.OUTSIDE_SHORTLIST, ProblemPath.root(), WHY, null));
    named(() -> new CredibilityFlag(FlagKind.OUTSIDE_SHORTLIST, ProblemPath.root(), WHY, Arrays.asList(1, null)));
    named(() -> new CriterionScore(null, BigDecimal.ONE, WHY));
    named(() -> new CriterionScore(Criterion.quality("q", "Q", BigDecimal.TEN), null, WHY));
    named(() -> new CriterionScore(Criterion.quality("q", "Q", BigDecimal.TEN), BigDecimal.ONE, null));
    named(() -> new FteCount(null));
    named(() -> new TargetSubject(null, Optional.empty(), Optional.empty()));
    named(() -> new TargetSubject(Optional.empty(), null, Optional.empty()));
    named(() -> new TargetSubject(Optional.empty(), Optional.empty(), null));
    AnnualStatement s = AnnualStatement.of(PortfolioAggregate.empty(), ProcurementFixtures.framework(),
        FinancialYear.of(2024), 3);
    named(() -> new AnnualStatement(null, s.currency(), s.byStage(), s.byPriority(), s.topMeasures(), s.shortfalls()));
    named(() -> new AnnualStatement(s.year(), null, s.byStage(), s.byPriority(), s.topMeasures(), s.shortfalls()));
    named(() -> new AnnualStatement(s.year(), s.currency(), null, s.byPriority(), s.topMeasures(), s.shortfalls()));
    named(() -> new AnnualStatement(s.year(), s.currency(), s.byStage(), null, s.topMeasures(), s.shortfalls()));
    named(() -> new AnnualStatement(s.year(), s.currency(), s.byStage(), s.byPriority(), null, s.shortfalls()));
    named(() -> new AnnualStatement(s.year(), s.currency(), s.byStage(), s.byPriority(), s.topMeasures(), null));
    named(() -> new AnnualStatement(s.year(), s.currency(), new TreeMap<>(Map.of(ValueStage.CLAIMED,
        new uk.gov.lancashire.socialvalue.portfolio.Totals(Amounts.zero(GBP), Optional.empty(), 0))), s.byPriority(),
        Arrays.asList((Map.Entry<MeasureCode, uk.gov.lancashire.socialvalue.portfolio.Totals>) null), s.shortfalls()));
    named(() -> s.value(null));
  }

  @Property(tries = 300)
  void valuationRecordsWithEdgeNumbers(@ForAll("decimals") BigDecimal figure, @ForAll("ints") int year,
      @ForAll("ints") int period, @ForAll("ints") int horizon) {
    ValuedLine line = RESULT.lines().get(1);
    named(() -> new YearValue(year, period, figure, figure, Amounts.of(figure, GBP), figure, Amounts.of(figure, GBP)));
    named(() -> {
      MonetaryAmount amount = Amounts.of(figure, GBP);
      YearValue y = new YearValue(1, line.line().firstPeriod(), figure, figure, amount, figure, amount);
      ValuedLine edged = new ValuedLine(line.line(), year, figure, amount, List.of(y));
      views(new ValuationResult(RESULT.valuation(), List.of(RESULT.lines().get(0), edged), RESULT.investment(), horizon));
    });
    named(() -> views(new ValuationResult(RESULT.valuation(), RESULT.lines(), RESULT.investment(), horizon)));
    named(() -> views(new ValuationResult(RESULT.valuation(), RESULT.lines(), Amounts.of(figure, GBP), RESULT.horizon())));
  }

  @Property(tries = 300)
  void otherResultRecordsWithEdgeNumbers(@ForAll("decimals") BigDecimal figure, @ForAll("ints") int index,
      @ForAll("ints") int scale, @ForAll("modes") RoundingMode mode) {
    named(() -> new FteCount(figure).fteYears(figure));
    named(() -> new FteCount(figure).plus(index, figure).fteYearsPerQuarter());
    named(() -> new CriterionScore(Criterion.quality("q", "Q", BigDecimal.TEN), figure, WHY).displayed(scale, mode));
    named(() -> new CredibilityFlag(FlagKind.IMPLAUSIBLE_EMPLOYMENT, ProblemPath.of("commitments").index(Math.max(index, 0)),
        WHY, List.of(index, 0)).toString());
    named(() -> new TargetSubject(Optional.of(String.valueOf(index)), Optional.of(" "), Optional.empty()));
    named(() -> new PortfolioFact("C", "S", LOCAL_JOBS, LocalStatus.LOCAL, FinancialYear.of(2024), ValueStage.VERIFIED,
        figure, figure, GBP, OptionalInt.of(index)).toString());
    named(() -> {
      PortfolioFact fact = PortfolioFact.of("C", "S", LOCAL_JOBS, LocalStatus.LOCAL, FinancialYear.of(2024),
          ValueStage.COMMITTED, figure, figure, GBP);
      AnnualStatement s = AnnualStatement.of(PortfolioAggregate.of(List.of(fact)), ProcurementFixtures.framework(),
          FinancialYear.of(2024), index);
      new AnnualStatement(s.year(), s.currency(), s.byStage(), s.byPriority(), s.topMeasures(), s.shortfalls()).render();
      s.percentDelivered();
    });
  }

  private static void views(ValuationResult r) {
    r.totalValue();
    r.presentValue();
    r.netPresentValue();
    r.presentValueByPeriod();
    r.investmentByPeriod();
    r.paybackGuide();
    r.paybackCumulative();
    r.sroiRatio();
    r.explain().toText();
    r.lines().forEach(l -> {
      l.firstYearImpact();
      l.totalValue();
      l.presentValue();
    });
  }
}
