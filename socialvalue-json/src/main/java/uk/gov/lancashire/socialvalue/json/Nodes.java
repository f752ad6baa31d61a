package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds the canonical JSON trees the codecs write: objects, arrays of values, objects used as maps. */
final class Nodes {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Nodes() {}

  /** @return a new empty object */
  static ObjectNode object() {
    return NODES.objectNode();
  }

  /**
   * @param values the values
   * @param codec how to write each
   * @return an array of the values, in order
   */
  static <T> ArrayNode array(List<T> values, JsonCodec<T> codec) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(v -> array.add(codec.writeNested(v)));
    return array;
  }

  /**
   * @param values the map
   * @param key how to write each key
   * @param codec how to write each value
   * @return an object with one member per entry, in the map's order
   */
  static <K, V> ObjectNode map(Map<K, V> values, TextCodec<K> key, JsonCodec<V> codec) {
    ObjectNode object = NODES.objectNode();
    values.forEach((k, v) -> object.set(key.text(k), codec.writeNested(v)));
    return object;
  }
}
