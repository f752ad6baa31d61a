package uk.gov.lancashire.socialvalue.json;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.targets.TargetSubject;

/**
 * {@link TargetSubject}: a measure, {@code {"measure": "NT1"}}, or a priority of a scheme, {@code
 * {"schemeId": "lcc", "priorityId": "economic-growth"}}; never both.
 */
final class TargetSubjectJson {

  /** The codec. */
  static final JsonCodec<TargetSubject> CODEC = new JsonCodec<>() {
    @Override
    public TargetSubject read(Cursor in) {
      Fields f = Fields.of(in);
      Optional<MeasureCode> measure = f.optional("measure", MeasureCodeJson.CODEC);
      Optional<String> schemeId = f.optional("schemeId", Scalars.STRING);
      Optional<String> priorityId = f.optional("priorityId", Scalars.STRING);
      return f.build(() -> {
        if (measure.isPresent() && schemeId.isEmpty() && priorityId.isEmpty()) {
          return TargetSubject.measure(measure.get());
        }
        if (measure.isEmpty() && schemeId.isPresent() && priorityId.isPresent()) {
          return TargetSubject.priority(schemeId.get(), priorityId.get());
        }
        throw ValidationException.of("", "a subject is either a measure (\"measure\") or a priority"
            + " (\"schemeId\" and \"priorityId\")");
      });
    }

    @Override
    public JsonNode write(TargetSubject value) {
      ObjectNode node = Nodes.object();
      value.measure().ifPresent(m -> node.set("measure", MeasureCodeJson.CODEC.write(m)));
      value.schemeId().ifPresent(s -> node.put("schemeId", s));
      value.priorityId().ifPresent(p -> node.put("priorityId", p));
      return node;
    }
  };

  private TargetSubjectJson() {}
}
