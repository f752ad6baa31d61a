package uk.gov.lancashire.socialvalue.json;

import java.util.Set;

/**
 * The document formats and versions this library reads and writes. A top-level document starts with
 * {@code "format": "socialvalue/framework", "formatVersion": 1} (or {@code socialvalue/proxy-edition},
 * {@code socialvalue/needs-analysis}, {@code socialvalue/strategy-plan}).
 * The version is an integer that changes only when a document written by a newer library could be
 * misread by an older one; readers refuse versions they do not know.
 */
final class Formats {

  /** The version written. */
  static final int CURRENT = 1;
  /** The versions read. */
  static final Set<Integer> SUPPORTED = Set.of(1);
  /** The format of a framework document. */
  static final String FRAMEWORK = "socialvalue/framework";
  /** The format of a proxy edition document. */
  static final String PROXY_EDITION = "socialvalue/proxy-edition";

  /** The format of a needs analysis document. */
  static final String NEEDS_ANALYSIS = "socialvalue/needs-analysis";
  /** The format of a strategy plan document. */
  static final String STRATEGY_PLAN = "socialvalue/strategy-plan";

  private Formats() {}
}
