package uk.gov.lancashire.socialvalue.json;

import java.time.LocalDate;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.targets.Milestone;

/**
 * {@link Milestone}: id, title, due, and the optional started and completed dates (ISO-8601). Its
 * status is not stored: it depends on the date it is judged on ({@code Milestone.status(asOf)}).
 */
final class MilestoneJson {

  /** The codec. */
  static final JsonCodec<Milestone> CODEC = new JsonCodec<>() {
    @Override
    public Milestone read(Cursor in) {
      Fields f = Fields.of(in);
      String id = f.required("id", Scalars.STRING);
      String title = f.required("title", Scalars.STRING);
      LocalDate due = f.required("due", Scalars.DATE_ISO);
      Optional<LocalDate> started = f.optional("started", Scalars.DATE_ISO);
      Optional<LocalDate> completed = f.optional("completed", Scalars.DATE_ISO);
      return f.build(() -> Milestone.builder().id(id).title(title).due(due).started(started).completed(completed)
          .build());
    }

    @Override
    public JsonNode write(Milestone value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.put("title", value.title());
      node.set("due", Scalars.DATE_ISO.write(value.due()));
      value.started().ifPresent(d -> node.set("started", Scalars.DATE_ISO.write(d)));
      value.completed().ifPresent(d -> node.set("completed", Scalars.DATE_ISO.write(d)));
      return node;
    }
  };

  private MilestoneJson() {}
}
