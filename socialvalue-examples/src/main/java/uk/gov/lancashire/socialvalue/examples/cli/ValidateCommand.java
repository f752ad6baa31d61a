package uk.gov.lancashire.socialvalue.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

/** {@code validate FILE...}: checks documents of any kind, streaming delivery records. */
@Command(name = "validate", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {"Check documents: SDK JSON of any format, and delivery records as a JSON delivery report,"
        + " CSV or XLSX (read as a stream, any size). Prints one line per good file on standard output and one"
        + " line per problem on standard error."})
final class ValidateCommand implements Callable<Integer> {

  private final Session session;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check; - reads standard input.")
  List<String> files;

  @Mixin
  Options.Json json;

  @Mixin
  Options.ShowProgress progress;

  ValidateCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    List<CliProblem> problems = new ArrayList<>();
    ObjectNode doc = JsonOut.document(session, "socialvalue/validation");
    ArrayNode results = doc.putArray("files");
    for (String file : files) {
      List<CliProblem> found = new ArrayList<>();
      String what = null;
      try (Input input = Input.open(session, file)) {
        if (input.isDeliveryRecords()) {
          what = DeliveryInput.read(session, input, r -> { }, found, progress.on(session)).describe(input.kind);
        } else {
          String text = Sources.readText(file, input.stream(), SocialValueJson.DEFAULT_MAX_DOCUMENT_LENGTH);
          what = DocumentFiles.describe(DocumentFiles.read(session.json, file, text));
        }
      } catch (CliException e) {
        if (e.exitCode() == SocialValueCli.USAGE) {
          throw e;
        }
        found.addAll(e.problems());
      }
      ObjectNode result = results.addObject().put("file", file).put("ok", found.isEmpty());
      if (found.isEmpty()) {
        result.put("contents", what);
        if (!json.on) {
          session.out.println(file + ": ok (" + what + ")");
        }
      } else {
        problems.addAll(found);
      }
    }
    if (json.on) {
      JsonOut.problems(doc, problems);
      JsonOut.print(session, doc);
      return problems.isEmpty() ? SocialValueCli.OK : SocialValueCli.BAD_INPUT;
    }
    problems.forEach(session.err::println);
    return problems.isEmpty() ? SocialValueCli.OK : SocialValueCli.BAD_INPUT;
  }
}
