package uk.gov.lancashire.socialvalue.json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Maps the core's problem paths onto JSON paths in the document that was read.
 *
 * <p>The core names list elements by their key ({@code measures[LT3].alignments[0]},
 * {@code proxyEditions[lancashire-illustrative@2024.1].values[LT1].unit}); JSON paths name array
 * elements by position and object members by name ({@code $.measures[2].alignments[0]},
 * {@code $.proxyEditions[0].values.LT1.unit}). JSON property names equal the core's attribute names,
 * so only the bracketed keys need translating: a key is looked up as an object member, then as the
 * {@code id}, {@code code}, {@code measure} (a KPI) or {@code id@version} of an array element, then as a position.
 */
final class CorePaths {

  private CorePaths() {}

  /**
   * @param node the JSON node the core value was built from
   * @param jsonPath that node's JSON path
   * @param corePath a problem path relative to the core value
   * @return the problem's JSON path
   */
  static String toJson(JsonNode node, String jsonPath, String corePath) {
    String path = jsonPath;
    JsonNode at = node;
    for (Segment segment : parse(corePath)) {
      if (segment.isKey) {
        int index = indexOf(at, segment.text);
        if (at.isObject() && at.has(segment.text)) {
          path = Cursor.childPath(path, segment.text);
          at = at.path(segment.text);
        } else if (index >= 0) {
          path = path + "[" + index + "]";
          at = at.path(index);
        } else {
          path = path + "[" + segment.text + "]";
          at = at.path(segment.text);
        }
      } else {
        path = Cursor.childPath(path, segment.text);
        at = at.path(segment.text);
      }
    }
    return path;
  }

  private static int indexOf(JsonNode array, String key) {
    if (!array.isArray()) {
      return -1;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode e = array.get(i);
      if (key.equals(e.path("id").asString(null)) || key.equals(e.path("code").asString(null))
          || key.equals(e.path("measure").asString(null))
          || key.equals(e.path("id").asString("") + "@" + e.path("version").asString(""))) {
        return i;
      }
    }
    if (key.chars().allMatch(Character::isDigit) && !key.isEmpty() && key.length() < 10) {
      int index = Integer.parseInt(key);
      return index < array.size() ? index : -1;
    }
    return -1;
  }

  private static List<Segment> parse(String corePath) {
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    while (i < corePath.length()) {
      char c = corePath.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int end = corePath.indexOf(']', i);
        end = end < 0 ? corePath.length() : end;
        segments.add(new Segment(corePath.substring(i + 1, end), true));
        i = end + 1;
      } else {
        int end = i;
        while (end < corePath.length() && corePath.charAt(end) != '.' && corePath.charAt(end) != '[') {
          end++;
        }
        segments.add(new Segment(corePath.substring(i, end), false));
        i = end;
      }
    }
    return segments;
  }

  private static final class Segment {
    final String text;
    final boolean isKey;

    Segment(String text, boolean isKey) {
      this.text = text;
      this.isKey = isKey;
    }
  }
}
