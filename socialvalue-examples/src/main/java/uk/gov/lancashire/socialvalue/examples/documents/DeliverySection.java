package uk.gov.lancashire.socialvalue.examples.documents;

import uk.gov.lancashire.socialvalue.basics.Amounts;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.delivery.Contribution;
import uk.gov.lancashire.socialvalue.delivery.ContractDelivery;
import uk.gov.lancashire.socialvalue.delivery.Exclusion;
import uk.gov.lancashire.socialvalue.delivery.MeasureProgress;
import uk.gov.lancashire.socialvalue.delivery.Progress;
import uk.gov.lancashire.socialvalue.delivery.ValueProgress;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.examples.report.ReportPage;
import uk.gov.lancashire.socialvalue.examples.report.ReportTable;
import uk.gov.lancashire.socialvalue.examples.report.Words;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.json.ContractDocument;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

/**
 * Delivery: the quantities reported per measure and status; valued in pounds when the framework's proxy
 * edition is known; and, with the contract, counted by its rules (each claim once, exclusions explained)
 * with progress against the commitments.
 */
final class DeliverySection implements ReportSection {

  @Override
  public String id() {
    return "delivery";
  }

  @Override
  public String heading(ReportInputs inputs) {
    return "Delivery";
  }

  @Override
  public boolean appliesTo(ReportInputs inputs) {
    return inputs.deliveryTotals().count() > 0;
  }

  @Override
  public void write(ReportInputs in, ReportPage page) {
    DeliveryTotals totals = in.deliveryTotals();
    FinancialQuarter first = totals.first().orElseThrow();
    FinancialQuarter last = totals.last().orElseThrow();
    page.paragraph(Pounds.number(BigDecimal.valueOf(totals.count()), 0) + " delivery records from " + first
        + (first.equals(last) ? "" : " to " + last) + ".");
    quantities(in, totals, page);
    if (in.edition().isPresent() && in.contract().isPresent() && in.holdsEveryDelivery()) {
      counted(in, in.contract().get(), in.edition().get(), last, page);
    } else if (in.edition().isPresent()) {
      valued(in, totals, in.edition().get(), page);
    }
  }

  private static void quantities(ReportInputs in, DeliveryTotals totals, ReportPage page) {
    Map<MeasureCode, Map<RecordStatus, BigDecimal>> byMeasure = totals.quantities();
    ReportTable t = ReportTable.of("delivery-quantities", "Quantities reported, by measure and status (in each"
        + " measure's unit, after any share)", "measure", "unit", "claimed", "evidenced", "verified", "rejected")
        .right(2, 3, 4, 5);
    byMeasure.forEach((measure, byStatus) -> t.row(Words.measure(in.framework(), measure),
        in.framework().flatMap(f -> f.measure(measure)).map(m -> m.unit().symbol()).orElse(""),
        quantity(byStatus, RecordStatus.CLAIMED), quantity(byStatus, RecordStatus.EVIDENCED),
        quantity(byStatus, RecordStatus.VERIFIED), quantity(byStatus, RecordStatus.REJECTED)));
    page.table(t);
    if (totals.unlisted() > 0) {
      page.note(Pounds.number(BigDecimal.valueOf(totals.unlisted()), 0) + " of the records name a measure code met after "
          + Pounds.number(BigDecimal.valueOf(DeliveryTotals.MAX_MEASURES), 0) + " others: they are counted above, but"
          + " their quantities are not in this table and their value is not in any total below.");
    }
  }

  private static String quantity(Map<RecordStatus, BigDecimal> byStatus, RecordStatus status) {
    BigDecimal q = byStatus.get(status);
    return q == null ? "—" : Pounds.number(q, Math.min(Math.max(q.stripTrailingZeros().scale(), 0), 2));
  }

  private static void valued(ReportInputs in, DeliveryTotals totals, ProxyEdition edition, ReportPage page) {
    // the pinned valuer is linear and exact: the value of the verified quantity is the sum of the records' values
    CommitmentValuer valuer = CommitmentValuer.pinned(edition);
    Map<MeasureCode, BigDecimal> verified = new TreeMap<>();
    totals.quantities().forEach((measure, byStatus) -> {
      BigDecimal q = byStatus.get(RecordStatus.VERIFIED);
      if (q != null && edition.proxy(measure).isPresent()) {
        verified.put(measure, valuer.value(measure, q));
      }
    });
    ReportTable t = ReportTable.of("delivery-value", "Verified value by measure (proxy edition " + edition.reference()
        + ")", "measure", "value").right(1);
    verified.forEach((m, v) -> t.row(Words.measure(in.framework(), m), Pounds.format(v)));
    t.row("total", Pounds.format(verified.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
    page.table(t);
    page.note(in.contract().isPresent()
        ? "The records were summed as they were read, not held, so the contract's counting rules were not applied:"
            + " every verified record is counted as reported."
        : "Without the contract, every verified record is counted as reported: give the contract to apply its"
            + " counting rules (each claim once, locality) and see progress against its commitments.");
  }

  private static void counted(ReportInputs in, ContractDocument doc, ProxyEdition edition, FinancialQuarter asOf,
      ReportPage page) {
    ContractDelivery delivery = ContractDelivery.count(in.framework().orElseThrow(), doc.contract(),
        doc.supplyChain(), CommitmentValuer.pinned(edition), in.deliveries());
    ReportTable suppliers = ReportTable.of("delivery-suppliers", "Value by supplier (each claim counted once)",
        "supplier", "records counted", "records not counted", "value").right(1, 2, 3);
    for (Map.Entry<String, Contribution> e : delivery.bySupplier().entrySet()) {
      suppliers.row(ContractSection.name(doc.supplyChain(), e.getKey()), String.valueOf(e.getValue().counted()),
          String.valueOf(e.getValue().excluded()), Pounds.format(Amounts.decimal(e.getValue().value())));
    }
    page.table(suppliers);
    Progress progress = delivery.progress(asOf);
    ReportTable t = ReportTable.of("delivery-progress", "Progress at the end of " + asOf + " (value in pounds)",
        "measure", "committed to date", "claimed", "verified", "delivered", "RAG", "shortfall").right(1, 2, 3, 4, 6);
    for (MeasureProgress m : progress.measures()) {
      progressRow(t, Words.measure(in.framework(), m.measure()), m.value());
    }
    progressRow(t, "total", progress.total());
    page.table(t);
    if (delivery.exclusions().isEmpty()) {
      page.note("Every record was counted.");
      return;
    }
    ReportTable x = ReportTable.of("delivery-exclusions", "Records not counted, and why", "record", "supplier",
        "reason", "explanation");
    for (Exclusion e : delivery.exclusions()) {
      x.row(e.record().id(), ContractSection.name(doc.supplyChain(), e.record().supplier()), Words.words(e.reason()),
          e.explanation().title());
    }
    page.table(x);
  }

  private static void progressRow(ReportTable t, String label, ValueProgress f) {
    t.row(label, Pounds.format(f.committedToDate()), Pounds.format(f.claimed()), Pounds.format(f.verified()),
        f.percentDelivered().map(p -> Pounds.number(p, 1) + "%").orElse("—"), Words.words(f.rag()),
        Pounds.format(f.shortfall()));
  }
}
