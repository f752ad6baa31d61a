package uk.gov.lancashire.socialvalue.json;

import java.util.ArrayList;
import java.util.List;
import uk.gov.lancashire.socialvalue.basics.Problem;

/**
 * One run of reading a document: the options in force and every problem found so far, each with its
 * JSON path. Mutable and confined to the thread reading the document.
 */
final class Reading {

  private final List<Problem> problems = new ArrayList<>();
  private final ReadOptions options;
  private final boolean documentRoot;

  /**
   * @param options the options in force
   * @param documentRoot true when the value at {@code $} is a whole document, so it must carry its
   *     format marker
   */
  Reading(ReadOptions options, boolean documentRoot) {
    this.options = options;
    this.documentRoot = documentRoot;
  }

  ReadOptions options() {
    return options;
  }

  boolean documentRoot() {
    return documentRoot;
  }

  void add(String path, String message) {
    problems.add(Problem.of(path, message));
  }

  int count() {
    return problems.size();
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** The cursor at the root of a document. */
  Cursor root(tools.jackson.databind.JsonNode node) {
    return new Cursor(node, "$", this);
  }
}
