package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.sheets.DeliveryCsv;
import uk.gov.lancashire.socialvalue.sheets.DeliveryXlsx;

/** {@code convert FILE --out FILE}: delivery records between JSON, CSV and XLSX, losslessly. */
@Command(name = "convert", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {"Convert delivery records between a JSON delivery report, CSV and XLSX (the returns"
        + " template's columns). Reading them back gives the same records. Nothing is written when the input"
        + " has a problem."})
final class ConvertCommand implements Callable<Integer> {

  private final Session session;

  @Parameters(index = "0", paramLabel = "FILE", description = "Delivery records (JSON, CSV or XLSX); - reads"
      + " standard input.")
  String in;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Where to write; - writes"
      + " on standard output (JSON unless --to says otherwise).")
  String out;

  @Option(names = "--to", paramLabel = "FORMAT", description = "json, csv or xlsx (default: from the file's"
      + " name).")
  @Nullable SheetFormat to;

  @Mixin
  Options.ShowProgress progress;

  ConvertCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    SheetFormat format = SheetFormat.of(to, out, SheetFormat.JSON);
    List<DeliveryRecord> records = new ArrayList<>();
    List<CliProblem> problems = new ArrayList<>();
    try (Input input = Input.open(session, in)) {
      if (!input.isDeliveryRecords()) {
        throw CliException.badInput(List.of(new CliProblem(in, "$.format", "expected delivery records, was '"
            + input.format.orElse("no format") + "'")));
      }
      DeliveryInput.read(session, input, records::add, problems, progress.on(session));
    }
    if (!problems.isEmpty()) {
      throw CliException.badInput(problems);
    }
    try (OutputStream stream = Sources.create(session, out)) {
      switch (format) {
        case JSON:
          session.json.withPrettyOutput(true).write(uk.gov.lancashire.socialvalue.json.Documents.DELIVERY_REPORT, records,
              stream);
          break;
        case CSV:
          Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
          DeliveryCsv.write(writer, records);
          writer.flush();
          break;
        default:
          DeliveryXlsx.write(stream, records);
      }
    } catch (IOException e) {
      throw CliException.badInput(out, "cannot write: " + Sources.reason(e));
    } catch (IllegalArgumentException e) {
      throw CliException.badInput(in, e.getMessage());
    }
    if (!Sources.STDIO.equals(out)) {
      session.out.println(records.size() + " delivery records written to "
          + java.nio.file.Path.of(out).toAbsolutePath().normalize());
    }
    return SocialValueCli.OK;
  }
}
