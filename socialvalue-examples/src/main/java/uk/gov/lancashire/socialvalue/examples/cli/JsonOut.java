package uk.gov.lancashire.socialvalue.examples.cli;

import java.util.List;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The tool's own JSON documents (problems, validation, values), each starting with its format marker. */
final class JsonOut {

  /** The format of the document that lists problems when a command fails under {@code --json}. */
  static final String PROBLEMS = "socialvalue/problems";

  private JsonOut() {}

  static ObjectNode document(Session session, String format) {
    ObjectNode node = session.json.mapper().createObjectNode();
    node.put("format", format);
    node.put("formatVersion", 1);
    return node;
  }

  static ArrayNode problems(ObjectNode parent, List<CliProblem> problems) {
    ArrayNode array = parent.putArray("problems");
    for (CliProblem p : problems) {
      ObjectNode item = array.addObject();
      if (!p.file().isEmpty()) {
        item.put("file", p.file());
      }
      if (!p.path().isEmpty()) {
        item.put("path", p.path());
      }
      item.put("message", p.message());
    }
    return array;
  }

  /** Prints a document in the SDK's canonical layout: two-space indent, {@code "name": value}. */
  static void print(Session session, ObjectNode node) {
    session.out.println(session.json.mapper().writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")))
        .writeValueAsString(node));
  }
}
