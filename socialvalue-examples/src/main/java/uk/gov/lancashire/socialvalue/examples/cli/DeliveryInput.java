package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.sheets.DeliveryCsv;
import uk.gov.lancashire.socialvalue.sheets.DeliveryXlsx;
import uk.gov.lancashire.socialvalue.sheets.SheetResult;

/**
 * Reads delivery records from a JSON delivery report, a CSV file or an XLSX workbook, as a stream: each good
 * record goes to the consumer as it is read, so a file of any size is read in bounded memory; every problem
 * is collected with its file and place (JSON path or cell).
 */
final class DeliveryInput {

  /** What a read found besides the records. */
  record Summary(long records, long blankRows) {

    String describe(Input.Kind kind) {
      String what = kind == Input.Kind.JSON ? "delivery report" : kind == Input.Kind.CSV ? "CSV delivery records"
          : "XLSX delivery records";
      return what + ", " + Pounds.number(BigDecimal.valueOf(records), 0) + (records == 1 ? " record" : " records")
          + (blankRows == 0 ? "" : ", " + blankRows + " template rows left blank");
    }
  }

  private DeliveryInput() {}

  /**
   * @param session the run
   * @param input an opened input holding delivery records
   * @param consumer receives each good record
   * @param problems receives each problem
   * @param progress whether to show a progress line
   * @return the count of good records and blank template rows
   */
  static Summary read(Session session, Input input, Consumer<? super DeliveryRecord> consumer,
      List<CliProblem> problems, boolean progress) {
    Progress line = new Progress(session.err, progress, input.name, Sources.size(input.name));
    Consumer<DeliveryRecord> counted = r -> {
      line.record();
      consumer.accept(r);
    };
    try {
      switch (input.kind) {
        case JSON:
          long[] count = {0};
          try {
            session.json.readDeliveryRecords(line.counting(input.stream()), r -> {
              count[0]++;
              counted.accept(r);
            });
          } catch (RuntimeException e) {
            problems.addAll(Failures.problems(input.name, e));
          }
          return new Summary(count[0], 0);
        case CSV:
          Reader reader = new InputStreamReader(line.counting(input.stream()), StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
          return sheet(input, DeliveryCsv.read(reader, counted), problems);
        case XLSX:
          return sheet(input, DeliveryXlsx.read(Workbooks.path(session, input), counted), problems);
        default:
          throw new IllegalStateException();
      }
    } catch (RuntimeException e) {
      if (e instanceof CliException) {
        throw e;
      }
      problems.addAll(Failures.problems(input.name, e));
      return new Summary(0, 0);
    } finally {
      line.done();
    }
  }

  private static Summary sheet(Input input, SheetResult result, List<CliProblem> problems) {
    result.problems().forEach(p -> problems.add(new CliProblem(input.name, p.path(), p.message())));
    if (result.problemCount() > result.problems().size()) {
      problems.add(CliProblem.of(input.name, "and " + (result.problemCount() - result.problems().size())
          + " more problems"));
    }
    return new Summary(result.records(), result.blankRows());
  }
}
