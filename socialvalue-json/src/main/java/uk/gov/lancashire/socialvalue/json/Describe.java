package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.JsonNode;

/** Describes what a reader found, for problem messages, without ever expanding a large value. */
final class Describe {

  private static final int MAX_SHOWN = 40;

  private Describe() {}

  /**
   * @param node a node
   * @return e.g. {@code the number 1E+999999999}, {@code an array}, {@code the string "abc"}
   */
  static String node(JsonNode node) {
    if (node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isString()) {
      return "the string " + quoted(node.stringValue());
    }
    if (node.isNumber()) {
      // BigDecimal.toString() uses an exponent for large scales: it never expands 1e999999999
      return "the number " + clip(node.numberValue().toString());
    }
    if (node.isBoolean()) {
      return "the boolean " + node.booleanValue();
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isObject()) {
      return "an object";
    }
    return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * @param text a string from the input
   * @return the string in double quotes, shortened when long
   */
  static String quoted(String text) {
    return "\"" + clip(text) + "\"";
  }

  private static String clip(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…(" + text.length() + " characters)";
  }
}
