package uk.gov.lancashire.socialvalue.json;

import java.util.Set;

/**
 * The document formats and versions this library reads and writes. A top-level document starts with
 * {@code "format": "socialvalue/framework", "formatVersion": 1} (or {@code socialvalue/proxy-edition},
 * {@code socialvalue/needs-analysis}, {@code socialvalue/strategy-plan}, {@code socialvalue/tender},
 * {@code socialvalue/contract}, {@code socialvalue/delivery-report}, {@code socialvalue/valuation}, and the
 * written-only {@code socialvalue/tender-evaluation}, {@code socialvalue/valuation-result},
 * {@code socialvalue/annual-statement}).
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
  /** The format of a delivery report document: a list of delivery records. */
  static final String DELIVERY_REPORT = "socialvalue/delivery-report";
  /** The format of a contract document: a contract and its supply chain. */
  static final String CONTRACT = "socialvalue/contract";
  /** The format of a tender document: a tender, its evaluation scheme and the bids. */
  static final String TENDER = "socialvalue/tender";
  /** The format of a tender evaluation document (written only). */
  static final String TENDER_EVALUATION = "socialvalue/tender-evaluation";
  /** The format of a valuation document: the inputs of a valuation. */
  static final String VALUATION = "socialvalue/valuation";
  /** The format of a valuation result document (written only), with its explanation. */
  static final String VALUATION_RESULT = "socialvalue/valuation-result";
  /** The format of an annual statement document (written only). */
  static final String ANNUAL_STATEMENT = "socialvalue/annual-statement";

  private Formats() {}
}
