package uk.gov.lancashire.socialvalue.json.engine;

/** Describes what a reader found, for problem messages, without ever quoting more than a short prefix. */
public final class Describe {

  /** The most characters of an input value a message quotes. */
  public static final int MAX_SHOWN = 40;

  private Describe() {}

  /**
   * @param text a string from the input
   * @return the string in double quotes, shortened when long
   */
  public static String quoted(String text) {
    return "\"" + clip(text) + "\"";
  }

  /**
   * @param text text from the input
   * @return at most {@link #MAX_SHOWN} characters of it, with the full length when cut
   */
  public static String clip(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…(" + text.length() + " characters)";
  }
}
