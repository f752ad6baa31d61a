package uk.gov.lancashire.socialvalue.examples.scenario;

import uk.gov.lancashire.socialvalue.json.Documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.needs.ContractCategory;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;

/**
 * An <strong>illustrative</strong> local needs analysis over Lancashire's 12 districts and 2 unitary
 * councils, read from the JSON document {@value #RESOURCE}. The area names are real; every number is
 * invented for the example and is not a statistic (each indicator's source says so).
 */
public final class LancashireNeeds {

  /** The "highways" contract category: the measures a highways contract can sensibly deliver. */
  public static final ContractCategory HIGHWAYS = ContractCategory.builder()
      .id("highways").title("Highways construction and maintenance")
      .addThemeIds("jobs", "environment")
      .addMeasures(MeasureCode.parse("LT9"), MeasureCode.parse("LT12"))
      .build();

  /** The class-path resource holding the needs analysis document. */
  public static final String RESOURCE = "/lancashire/needs-analysis.json";

  private LancashireNeeds() {}

  /**
   * Reads the illustrative needs analysis: 14 areas, six indicators linked to the framework's measures.
   *
   * @return the needs analysis
   */
  public static NeedsAnalysis create() {
    try (InputStream json = LancashireNeeds.class.getResourceAsStream(RESOURCE)) {
      if (json == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return SocialValueJson.standard().read(Documents.NEEDS_ANALYSIS, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
