package uk.gov.lancashire.socialvalue.json;

import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A position in a document being read: the node there, its JSON path ({@code $.measures[3].unit}) and
 * the {@link Reading} collecting problems. Readers never throw for bad input: they record a problem here
 * and return {@code null}.
 */
final class Cursor {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private final JsonNode node;
  private final String path;
  private final Reading reading;

  Cursor(JsonNode node, String path, Reading reading) {
    this.node = node;
    this.path = path;
    this.reading = reading;
  }

  JsonNode node() {
    return node;
  }

  String path() {
    return path;
  }

  Reading reading() {
    return reading;
  }

  /** @return true when this is the root of a whole document */
  boolean isDocumentRoot() {
    return reading.documentRoot() && "$".equals(path);
  }

  /** @return the cursor at a property of this object node (the node may be missing) */
  Cursor property(String name) {
    return new Cursor(node.path(name), childPath(path, name), reading);
  }

  /** @return the cursor at an element of this array node */
  Cursor element(int index) {
    return new Cursor(node.path(index), path + "[" + index + "]", reading);
  }

  /** Records a problem at this position. */
  void problem(String message) {
    reading.add(path, message);
  }

  /** @return a short description of the node's JSON type, for messages */
  String describe() {
    return Describe.node(node);
  }

  /**
   * @param parent a JSON path
   * @param name a property name
   * @return {@code parent.name}, or {@code parent['odd name']} when the name is not a plain word
   */
  static String childPath(String parent, String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return parent + "." + name;
    }
    return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }
}
