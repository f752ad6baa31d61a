package uk.gov.lancashire.socialvalue.examples;

import uk.gov.lancashire.socialvalue.json.Documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

/**
 * An <strong>illustrative</strong> Lancashire framework ("Lancashire TOMs") for the examples: LCC's four
 * priorities, Lancashire 2050's four, the five usual themes and 18 measures spanning every unit.
 *
 * <p>The framework is the JSON document {@value #RESOURCE}, read through socialvalue-json: the same way
 * a council loads its own framework.
 *
 * <p>Measure titles are this project's own words. Every proxy value is invented for illustration and
 * says so in its source; none comes from the National TOMs or the HACT Social Value Bank, whose CC
 * BY-NC-ND licence forbids bundling them. Load a licensed edition at run time for real valuations.
 */
public final class LancashireFramework {

  /** The id of the council's priority scheme. */
  public static final String LCC = "lcc";
  /** The id of the Lancashire 2050 priority scheme. */
  public static final String L2050 = "lancashire-2050";
  /** The reference of the illustrative proxy edition. */
  public static final String EDITION = "lancashire-illustrative@2024.1";
  /** The class-path resource holding the framework document. */
  public static final String RESOURCE = "/lancashire/framework.json";

  private LancashireFramework() {}

  /** @return the illustrative framework with its illustrative proxy edition */
  public static Framework create() {
    try (InputStream json = LancashireFramework.class.getResourceAsStream(RESOURCE)) {
      if (json == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return SocialValueJson.standard().read(Documents.FRAMEWORK, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
