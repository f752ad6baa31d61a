package uk.gov.lancashire.socialvalue.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.examples.report.TextTable;
import uk.gov.lancashire.socialvalue.examples.report.Words;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.json.Documents;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/**
 * {@code value}: the returns of a valuation, or the value of delivery records of any size, streamed, with
 * a framework's proxy edition.
 */
@Command(name = "value", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {"Value outcomes.",
        "  value VALUATION.json: returns (PV, NPV, SROI ratios, SV%, payback) and how each figure was made.",
        "  value --framework FRAMEWORK.json RECORDS...: the value of delivery records (JSON, CSV or XLSX, read"
            + " as a stream, any size) by measure and status, at the framework's proxy values."})
final class ValueCommand implements Callable<Integer> {

  private final Session session;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "A valuation, or with --framework delivery"
      + " records; - reads standard input.")
  List<String> files;

  @Option(names = "--framework", paramLabel = "FRAMEWORK.json", description = "Value delivery records with this"
      + " framework's proxy values.")
  @Nullable String framework;

  @Option(names = "--edition", paramLabel = "REFERENCE", description = "The proxy edition to use (default: the"
      + " framework's only edition).")
  @Nullable String edition;

  @Mixin
  Options.Json json;

  @Mixin
  Options.ShowProgress progress;

  ValueCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    if (framework == null) {
      if (edition != null) {
        throw CliException.usage("--edition needs --framework");
      }
      if (files.size() != 1) {
        throw CliException.usage("value needs exactly one valuation file, or --framework with delivery records");
      }
      return valuation(files.get(0));
    }
    return deliveries();
  }

  private int valuation(String file) {
    String text = Sources.readText(session, file, SocialValueJson.DEFAULT_MAX_DOCUMENT_LENGTH);
    Valuation valuation = DocumentFiles.read(session.json, file, text, Documents.VALUATION);
    ValuationResult result;
    try {
      result = valuation.result();
    } catch (RuntimeException e) {
      throw Failures.badInput(file, e);
    }
    if (json.on) {
      try {
        session.out.println(session.json.write(Documents.VALUATION_RESULT, result));
      } catch (RuntimeException e) {
        throw Failures.badInput(file, e);
      }
      return SocialValueCli.OK;
    }
    TextTable t = TextTable.of("figure", "value").right(1);
    t.row("total value (undiscounted)", Pounds.format(Amounts.decimal(result.totalValue())));
    t.row("present value", Pounds.format(Amounts.decimal(result.presentValue())));
    t.row("investment (present value)", Pounds.format(Amounts.decimal(result.investment())));
    t.row("net present value", Pounds.format(Amounts.decimal(result.netPresentValue())));
    t.row("SROI ratio", defined(() -> result.sroiRatio().toText(2, RoundingMode.HALF_UP)));
    t.row("net SROI ratio", defined(() -> result.netSroiRatio().toText(2, RoundingMode.HALF_UP)));
    if (valuation.contractValue().isPresent()) {
      t.row("SV% of contract value", Pounds.number(result.socialValuePercent(), 2) + "%");
    }
    t.row("payback (Guide)", defined(() -> result.paybackGuide().months().map(m -> Pounds.number(m, 1) + " months")
        .orElse("never")));
    t.row("payback (cumulative)", defined(() -> result.paybackCumulative().period().isPresent()
        ? "period " + result.paybackCumulative().period().getAsInt() : "never"));
    String explanation;
    try {
      explanation = result.explain().toText();
    } catch (RuntimeException e) {
      throw Failures.badInput(file, e);
    }
    session.out.print("Returns\n" + t.render() + "\n" + explanation);
    return SocialValueCli.OK;
  }

  /** A figure, or why it is undefined (a ratio with no investment). */
  private static String defined(java.util.function.Supplier<String> figure) {
    try {
      return figure.get();
    } catch (uk.gov.lancashire.socialvalue.basics.ValidationException e) {
      return "undefined: " + e.problems().get(0).path() + " " + e.problems().get(0).message();
    }
  }

  private int deliveries() {
    Framework f = DocumentFiles.read(session.json, framework, Sources.readText(session, framework,
        SocialValueJson.DEFAULT_MAX_DOCUMENT_LENGTH), Documents.FRAMEWORK);
    ProxyEdition pinned = edition == null
        ? (f.proxyEditions().size() == 1 ? f.proxyEditions().get(0) : null)
        : f.edition(edition).orElse(null);
    if (pinned == null) {
      throw CliException.badInput(framework, edition == null
          ? "the framework has " + f.proxyEditions().size() + " proxy editions; name one with --edition"
          : "the framework has no proxy edition '" + edition + "'");
    }
    CommitmentValuer valuer = CommitmentValuer.pinned(pinned);
    Map<MeasureCode, Map<RecordStatus, BigDecimal[]>> totals = new TreeMap<>();
    List<CliProblem> problems = new ArrayList<>();
    java.util.Set<MeasureCode> unvalued = new java.util.TreeSet<>();
    long records = 0;
    for (String file : files) {
      try (Input input = Input.open(session, file)) {
        if (!input.isDeliveryRecords()) {
          problems.add(input.notDeliveryRecords());
          continue;
        }
        records += DeliveryInput.read(session, input, r -> add(totals, valuer, pinned, r, unvalued), problems,
            progress.on(session)).records();
      } catch (CliException e) {
        if (e.exitCode() == SocialValueCli.USAGE) {
          throw e;
        }
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      return SocialValueCli.problems(session, json.on, problems);
    }
    if (json.on) {
      ObjectNode doc = JsonOut.document(session, "socialvalue/delivery-value");
      doc.put("edition", pinned.reference()).put("records", records);
      var notValued = doc.putArray("notValued");
      unvalued.forEach(m -> notValued.add(m.toString()));
      var measures = doc.putArray("measures");
      totals.forEach((code, byStatus) -> {
        ObjectNode m = measures.addObject().put("measure", code.toString());
        ObjectNode quantity = m.putObject("quantity");
        ObjectNode value = m.putObject("value");
        byStatus.forEach((status, qv) -> {
          quantity.put(status.name().toLowerCase(), qv[0].toPlainString());
          value.put(status.name().toLowerCase(), qv[1].toPlainString());
        });
      });
      JsonOut.print(session, doc);
      return SocialValueCli.OK;
    }
    TextTable t = TextTable.of("measure", "claimed", "evidenced", "verified", "rejected").right(1, 2, 3, 4);
    Map<RecordStatus, BigDecimal> sum = new EnumMap<>(RecordStatus.class);
    totals.forEach((code, byStatus) -> {
      List<Object> row = new ArrayList<>(List.of(Words.measure(Optional.of(f), code)));
      for (RecordStatus s : RecordStatus.values()) {
        BigDecimal[] qv = byStatus.get(s);
        row.add(qv == null ? "—" : Pounds.format(qv[1]));
        if (qv != null) {
          sum.merge(s, qv[1], BigDecimal::add);
        }
      }
      t.row(row.toArray());
    });
    List<Object> total = new ArrayList<>(List.of("total"));
    for (RecordStatus s : RecordStatus.values()) {
      total.add(Pounds.format(sum.getOrDefault(s, BigDecimal.ZERO)));
    }
    t.row(total.toArray());
    session.out.print("Value of " + Pounds.number(BigDecimal.valueOf(records), 0) + " delivery records by status"
        + " (proxy edition " + pinned.reference() + "; each record as reported: use 'report' with the contract"
        + " to apply its counting rules)\n" + t.render() + (unvalued.isEmpty() ? "" : "Not valued (no proxy value in"
        + " the edition): " + unvalued + "\n"));
    return SocialValueCli.OK;
  }

  private static void add(Map<MeasureCode, Map<RecordStatus, BigDecimal[]>> totals, CommitmentValuer valuer,
      ProxyEdition edition, DeliveryRecord r, java.util.Set<MeasureCode> unvalued) {
    if (edition.proxy(r.measure()).isEmpty()) {
      unvalued.add(r.measure());
      return;
    }
    BigDecimal[] qv = totals.computeIfAbsent(r.measure(), m -> new EnumMap<>(RecordStatus.class))
        .computeIfAbsent(r.status(), s -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    qv[0] = qv[0].add(r.attributedQuantity());
    qv[1] = qv[1].add(valuer.value(r.measure(), r.attributedQuantity()));
  }
}
