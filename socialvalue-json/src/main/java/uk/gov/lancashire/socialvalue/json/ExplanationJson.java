package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.basics.Explanation;

/**
 * {@link Explanation} as a structured object: {@code {"title": "...", "entries": [{"key": "proxy",
 * "value": "..."}], "children": [...]}}. Entries are an array, not an object, because their order is
 * part of the explanation. Read back through {@code Explanation.of} and {@code with}, so a read
 * explanation renders the same text.
 */
final class ExplanationJson {

  /** One entry. */
  private static final JsonCodec<String[]> ENTRY = new JsonCodec<>() {
    @Override
    public String[] read(Cursor in) {
      Fields f = Fields.of(in);
      String key = f.required("key", Scalars.STRING);
      String value = f.required("value", Scalars.STRING);
      return f.build(() -> new String[] {key, value});
    }

    @Override
    public JsonNode write(String[] value) {
      ObjectNode node = Nodes.object();
      node.put("key", value[0]);
      node.put("value", value[1]);
      return node;
    }
  };

  /** The codec. */
  static final JsonCodec<Explanation> CODEC = new JsonCodec<>() {
    @Override
    public Explanation read(Cursor in) {
      Fields f = Fields.of(in);
      String title = f.required("title", Scalars.STRING);
      List<String[]> entries = f.list("entries", ENTRY);
      List<Explanation> children = f.list("children", this);
      return f.build(() -> {
        Explanation e = Explanation.of(title);
        for (String[] entry : entries) {
          e = e.with(entry[0], entry[1]);
        }
        for (Explanation child : children) {
          e = e.with(child);
        }
        return e;
      });
    }

    @Override
    public JsonNode write(Explanation value) {
      ObjectNode node = Nodes.object();
      node.put("title", value.title());
      ArrayNode entries = node.putArray("entries");
      value.entries().forEach(e -> entries.add(ENTRY.write(new String[] {e.key(), e.value()})));
      node.set("children", Nodes.array(value.children(), this));
      return node;
    }
  };

  private ExplanationJson() {}
}
