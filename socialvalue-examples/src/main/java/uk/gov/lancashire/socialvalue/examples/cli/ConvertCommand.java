package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
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
import uk.gov.lancashire.socialvalue.json.DeliveryReportWriter;
import uk.gov.lancashire.socialvalue.sheets.DeliveryCsv;
import uk.gov.lancashire.socialvalue.sheets.DeliveryRowWriter;
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
    List<CliProblem> problems = new ArrayList<>();
    long written;
    try (Input input = Input.open(session, in)) {
      if (!input.isDeliveryRecords()) {
        throw CliException.badInput(List.of(input.notDeliveryRecords()));
      }
      try (StagedOutput output = StagedOutput.open(session, out)) {
        written = convert(input, format, output.stream(), problems);
        if (!problems.isEmpty()) {
          throw CliException.badInput(problems);
        }
        output.commit();
      }
    }
    if (!Sources.STDIO.equals(out)) {
      session.out.println(written + " delivery records written to "
          + java.nio.file.Path.of(out).toAbsolutePath().normalize());
    }
    return SocialValueCli.OK;
  }

  /**
   * Reads the records as a stream and writes each as it comes, so memory stays bounded whatever the size.
   *
   * @return how many records were written
   */
  private long convert(Input input, SheetFormat format, OutputStream stream, List<CliProblem> problems) {
    try {
      if (format == SheetFormat.JSON) {
        try (DeliveryReportWriter writer = session.json.withPrettyOutput(true).deliveryReportWriter(stream)) {
          DeliveryInput.read(session, input, writer::write, problems, progress.on(session));
          return writer.written();
        }
      }
      long[] count = {0};
      try (DeliveryRowWriter writer = format == SheetFormat.CSV
          ? DeliveryCsv.writer(new OutputStreamWriter(stream, StandardCharsets.UTF_8))
          : DeliveryXlsx.writer(stream)) {
        DeliveryInput.read(session, input, r -> {
          count[0]++;
          writer.write(r);
        }, problems, progress.on(session));
      }
      return count[0];
    } catch (UncheckedIOException e) {
      throw CliException.badInput(out, "cannot write: " + Sources.reason(e.getCause()));
    } catch (IllegalArgumentException e) {
      throw Failures.badInput(in, e);
    }
  }
}
