package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

/**
 * The parallel JSON roll-up on random delivery reports (sound records, bad values, unknown properties and
 * measures, strings holding {@code },{}, syntax errors, compact and indented): read in random chunks on 1 to
 * 4 threads it gives exactly what the streamed reader gives read whole on one thread.
 */
class DeliveryReportRollupProperties {

  private static final SocialValueJson JSON = SocialValueJson.standard();
  /** The plan of these properties, shared with the other roll-up properties of this package. */
  static final PortfolioRollup PLAN = plan();

  @Property(tries = 300)
  void anyChunkingOnAnyThreadsGivesTheWholeReading(@ForAll("reports") byte[] document,
      @ForAll @IntRange(min = 1, max = 400) int chunkBytes, @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll("statuses") Set<RecordStatus> counted) {
    DeliveryReportRollup whole = DeliveryReportRollup.of(JSON, PLAN, counted);
    DeliveryReportRollup.Result expected = whole.read(document);
    DeliveryReportRollup.Result actual = whole.withThreads(threads).withChunkBytes(chunkBytes).read(document);
    assertThat(actual.totals()).isEqualTo(expected.totals());
    assertThat(actual.totals().byPriority().toString()).isEqualTo(expected.totals().byPriority().toString());
    assertThat(actual.totals().byFinancialYear().toString()).isEqualTo(expected.totals().byFinancialYear().toString());
    assertThat(actual.records()).isEqualTo(expected.records());
    assertThat(actual.problems().toString()).isEqualTo(expected.problems().toString());
  }

  @Provide
  Arbitrary<Set<RecordStatus>> statuses() {
    return Arbitraries.of(Set.of(RecordStatus.VERIFIED), EnumSet.allOf(RecordStatus.class));
  }

  @Provide
  Arbitrary<byte[]> reports() {
    return Arbitraries.longs().map(seed -> report(new Random(seed)));
  }

  static byte[] report(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeliveryReportWriter writer = JSON.deliveryReportWriter(out)) {
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        writer.write(record(random, i));
      }
    }
    String text = out.toString(StandardCharsets.UTF_8);
    switch (random.nextInt(8)) {
      case 0:
        text = text.replaceFirst("\"quantity\":\"", "\"quantity\":\"x"); // a bad value
        break;
      case 1:
        text = text.replace("\"supplier\":", "\"colour\":1,\"supplier\":"); // unknown properties
        break;
      case 2:
        text = text.substring(0, random.nextInt(text.length() + 1)); // cut short: a syntax error
        break;
      case 3:
        text = text.replace(",{", ",\n  {").replace("},", "},\n"); // laid out over lines
        break;
      default:
        break;
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static DeliveryRecord record(Random random, int i) {
    RecordStatus status = RecordStatus.values()[random.nextInt(RecordStatus.values().length)];
    DeliveryRecord.Builder b = DeliveryRecord.builder()
        .id(random.nextInt(10) == 0 ? "a},{\"id\":\"b" + i : "r" + i)
        .period(FinancialQuarter.of(FinancialYear.of(2023 + random.nextInt(3)), 1 + random.nextInt(4)))
        .measure(MeasureCode.parse(random.nextInt(12) == 0 ? "XX9" : "NT" + (1 + random.nextInt(3))))
        .quantity(BigDecimal.valueOf(random.nextInt(2_000_000) - 100_000, random.nextInt(4)))
        .supplier("S" + random.nextInt(5)).status(status);
    if (status == RecordStatus.EVIDENCED || status == RecordStatus.VERIFIED || random.nextBoolean()) {
      b.addEvidence("payroll/" + i);
    }
    if (random.nextInt(4) == 0) {
      b.location(Location.postcode("PR1 " + random.nextInt(9) + "XJ"));
    }
    if (random.nextInt(5) == 0) {
      b.share(new BigDecimal("0.25"));
    }
    return b.build();
  }

  private static PortfolioRollup plan() {
    var gbp = Monetary.getCurrency("GBP");
    Framework.Builder f = Framework.builder().id("json-rollup").title("JSON roll-up test (illustrative)").edition("1")
        .currency(gbp).provenance("tests").licenceNote("illustrative")
        .validity(ValidityPeriod.of(LocalDate.of(2020, 4, 1), LocalDate.of(2030, 3, 31)))
        .addSchemes(PriorityScheme.builder().id("p").title("Priorities").addPriorities(Priority.of("x", "X"),
            Priority.of("y", "Y")).build())
        .addThemes(Theme.of("t", "T")).addOutcomes(Outcome.of("o", "O", "t"));
    ProxyEdition.Builder e = ProxyEdition.builder().id("json-rollup").version("1").title("Illustrative").currency(gbp)
        .licence("illustrative");
    List<String> proxies = List.of("3.5", "0.125", "20000");
    for (int m = 0; m < proxies.size(); m++) {
      MeasureCode code = MeasureCode.parse("NT" + (m + 1));
      f.addMeasures(Measure.builder().code(code).title("M" + m).unit(Unit.COUNT).kind(MeasureKind.MONETISED)
          .outcomeId("o").addAlignments(Alignment.of("p", "x"), Alignment.of("p", "y")).build());
      e.putValues(code, ProxyValue.builder().amount(Amounts.of(new BigDecimal(proxies.get(m)), gbp)).unit(Unit.COUNT)
          .priceYear(2024).source("ILLUSTRATIVE ONLY").licence("illustrative").build());
    }
    return PortfolioRollup.of(f.build(), e.build());
  }
}
