package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.basics.Problem;

/**
 * {@link Problem}: {@code {"path": "areas[burnley].indicators[employment]", "message": "no observation;
 * …"}}, as results list them. The path is the core's path (keys in brackets), written as it is; an
 * empty path means the result itself.
 */
final class ProblemJson {

  /** The codec. */
  static final JsonCodec<Problem> CODEC = new JsonCodec<>() {
    @Override
    public Problem read(Cursor in) {
      Fields f = Fields.of(in);
      String path = f.required("path", Scalars.STRING);
      String message = f.required("message", Scalars.STRING);
      return f.build(() -> Problem.of(path, message));
    }

    @Override
    public JsonNode write(Problem value) {
      ObjectNode node = Nodes.object();
      node.put("path", value.path());
      node.put("message", value.message());
      return node;
    }
  };

  private ProblemJson() {}
}
