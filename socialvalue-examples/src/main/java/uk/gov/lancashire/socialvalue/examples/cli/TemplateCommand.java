package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.json.ContractDocument;
import uk.gov.lancashire.socialvalue.json.Documents;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.sheets.DeliveryCsv;
import uk.gov.lancashire.socialvalue.sheets.DeliveryXlsx;
import uk.gov.lancashire.socialvalue.sheets.ReturnsTemplate;

/** {@code template CONTRACT --out FILE}: a supplier-returns spreadsheet for a contract. */
@Command(name = "template", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {"Write a supplier-returns spreadsheet for a contract: a row per KPI and quarter of the term,"
        + " with the measure, its unit and the quantity committed filled in; the supplier fills in the quantity"
        + " delivered and the evidence. Read it back with validate, value, report or convert."})
final class TemplateCommand implements Callable<Integer> {

  private final Session session;

  @Parameters(index = "0", paramLabel = "CONTRACT.json", description = "The contract.")
  String contract;

  @Option(names = "--framework", paramLabel = "FRAMEWORK.json", description = "Fill in each measure's unit from"
      + " this framework.")
  @Nullable String framework;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Where to write: a .xlsx or"
      + " .csv file; - writes CSV on standard output.")
  String out;

  @Option(names = "--to", paramLabel = "FORMAT", description = "csv or xlsx (default: from the file's name).")
  @Nullable SheetFormat to;

  TemplateCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    ContractDocument c = DocumentFiles.read(session.json, contract, Sources.readText(session, contract,
        SocialValueJson.DEFAULT_MAX_DOCUMENT_LENGTH), Documents.CONTRACT);
    Optional<Framework> f = Optional.ofNullable(framework).map(name -> DocumentFiles.read(session.json, name,
        Sources.readText(session, name, SocialValueJson.DEFAULT_MAX_DOCUMENT_LENGTH), Documents.FRAMEWORK));
    ReturnsTemplate template = ReturnsTemplate.of(c.contract(), f);
    SheetFormat format = SheetFormat.of(to, out, SheetFormat.CSV);
    try (OutputStream stream = Sources.create(session, out)) {
      switch (format) {
        case CSV:
          Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
          DeliveryCsv.writeTemplate(writer, template);
          writer.flush();
          break;
        case XLSX:
          DeliveryXlsx.writeTemplate(stream, template);
          break;
        default:
          throw CliException.usage("a template is a spreadsheet: --to csv or xlsx");
      }
    } catch (IOException e) {
      throw CliException.badInput(out, "cannot write: " + Sources.reason(e));
    }
    if (!Sources.STDIO.equals(out)) {
      session.out.println("Returns template for contract " + c.contract().id() + " (" + template.rows().size()
          + " rows) written to " + java.nio.file.Path.of(out).toAbsolutePath().normalize());
    }
    return SocialValueCli.OK;
  }
}
