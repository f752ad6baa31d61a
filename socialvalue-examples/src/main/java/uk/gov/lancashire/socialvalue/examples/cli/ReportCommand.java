package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.examples.documents.DocumentReport;
import uk.gov.lancashire.socialvalue.examples.documents.ReportInputs;
import uk.gov.lancashire.socialvalue.examples.report.ReportTable;
import uk.gov.lancashire.socialvalue.examples.scenario.Scenario;
import uk.gov.lancashire.socialvalue.examples.scenario.ScenarioReport;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

/**
 * {@code report [FILE...]}: the report over the user's documents, a section for each part given; with no
 * files, the built-in illustrative Lancashire scenario.
 */
@Command(name = "report", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {"Report on your documents: framework, tender, contract, delivery records (JSON, CSV or XLSX),"
        + " valuation, needs analysis, strategy plan, in any subset; a section appears for what is given.",
        "With no files, the built-in illustrative Lancashire scenario.",
        "Prints the report on standard output; --out writes it as a self-contained HTML file for a committee"
            + " (A4, page numbers, sources in the footer)."})
final class ReportCommand implements Callable<Integer> {

  private final Session session;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Documents to report on; - reads standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the HTML report here; - writes it on"
      + " standard output.")
  @Nullable String out;

  @Mixin
  Options.Json json;

  @Mixin
  Options.ShowProgress progress;

  ReportCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    if (files.isEmpty()) {
      ScenarioReport report = ScenarioReport.of(Scenario.run());
      if (json.on) {
        ObjectNode doc = JsonOut.document(session, "socialvalue/report");
        doc.put("title", "Lancashire social value scenario (illustrative)");
        tables(doc.putArray("tables"), new ArrayList<>(report.tables().values()));
        JsonOut.print(session, doc);
      } else if (out == null) {
        session.out.print(report.console());
      } else {
        write(report.html());
      }
      return SocialValueCli.OK;
    }
    DocumentReport report = DocumentReport.of(inputs());
    String html;
    try {
      html = out != null && !json.on ? report.html() : null;
      if (json.on) {
        JsonOut.print(session, JsonReport.of(session, report));
      } else if (out == null) {
        session.out.print(report.console());
      }
    } catch (RuntimeException e) {
      if (e instanceof CliException) {
        throw e;
      }
      throw Failures.badInput(String.join(", ", files), e);
    }
    if (out != null && !json.on) {
      write(html);
    }
    return SocialValueCli.OK;
  }

  private ReportInputs inputs() {
    ReportInputs.Builder inputs = ReportInputs.builder(LocalDate.now(ZoneOffset.UTC));
    List<CliProblem> problems = new ArrayList<>();
    for (String file : files) {
      try (Input input = Input.open(session, file)) {
        if (input.isDeliveryRecords()) {
          List<DeliveryRecord> records = new ArrayList<>();
          DeliveryInput.read(session, input, records::add, problems, progress.on(session));
          inputs.addDeliveries(file, records);
        } else {
          inputs.add(file, DocumentFiles.read(session.json, file, Sources.readText(file, input.stream(),
              SocialValueJson.DEFAULT_MAX_DOCUMENT_LENGTH)));
        }
      } catch (CliException e) {
        if (e.exitCode() == SocialValueCli.USAGE) {
          throw e;
        }
        problems.addAll(e.problems());
      } catch (IllegalArgumentException e) {
        problems.addAll(Failures.problems(file, e));
      }
    }
    if (!problems.isEmpty()) {
      throw CliException.badInput(problems);
    }
    return inputs.build();
  }

  private void write(String html) {
    try (OutputStream stream = Sources.create(session, out)) {
      stream.write(html.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw CliException.badInput(out, "cannot write: " + Sources.reason(e));
    }
    if (!Sources.STDIO.equals(out)) {
      session.out.println("HTML report written to " + java.nio.file.Path.of(out).toAbsolutePath().normalize());
    }
  }

  static void tables(ArrayNode array, List<ReportTable> tables) {
    for (ReportTable t : tables) {
      ObjectNode table = array.addObject().put("id", t.id()).put("caption", t.title());
      ArrayNode headers = table.putArray("headers");
      t.headers().forEach(headers::add);
      ArrayNode rows = table.putArray("rows");
      t.rows().forEach(r -> {
        ArrayNode row = rows.addArray();
        r.forEach(row::add);
      });
    }
  }
}
