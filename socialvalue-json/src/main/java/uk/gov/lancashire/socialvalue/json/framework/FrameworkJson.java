package uk.gov.lancashire.socialvalue.json.framework;

import java.util.Map;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.CountingRules;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;
import uk.gov.lancashire.socialvalue.json.engine.Shape;
import uk.gov.lancashire.socialvalue.json.proxy.ProxyJson;

/**
 * The JSON forms of the core's {@code framework} package, one declaration per type. A framework is a
 * top-level document ({@code "format": "socialvalue/framework"}): every element is read and built on its
 * own, so one document reports the problems of all its elements; the framework's cross-checks (dangling
 * ids, weights, editions) run once every element is sound, and their paths are placed on the document
 * ({@code $.measures[2].outcomeId}).
 */
public final class FrameworkJson {

  /** SROI adjustments: every field optional when read (the core's defaults), all written. */
  public static final Shape<Adjustments, Adjustments.Builder> ADJUSTMENTS =
      Shape.of(Adjustments::builder, Adjustments.Builder::build)
          .defaulted("deadweight", Scalars.DECIMAL, Adjustments::deadweight, Adjustments.Builder::deadweight)
          .defaulted("displacement", Scalars.DECIMAL, Adjustments::displacement, Adjustments.Builder::displacement)
          .defaulted("attribution", Scalars.DECIMAL, Adjustments::attribution, Adjustments.Builder::attribution)
          .defaulted("dropOff", Scalars.DECIMAL, Adjustments::dropOff, Adjustments.Builder::dropOff)
          .defaulted("durationYears", Scalars.INTEGER, Adjustments::durationYears, Adjustments.Builder::durationYears);

  /** Counting rules of a measure. */
  public static final Shape<CountingRules, CountingRules.Builder> COUNTING_RULES =
      Shape.of(CountingRules::builder, CountingRules.Builder::build)
          .defaulted("firstYearOnly", Scalars.BOOLEAN, CountingRules::firstYearOnly,
              CountingRules.Builder::firstYearOnly)
          .optional("exclusiveGroup", Scalars.STRING, CountingRules::exclusiveGroup,
              CountingRules.Builder::exclusiveGroup);

  /** A measure's alignment to a priority. */
  public static final Shape<Alignment, Alignment.Builder> ALIGNMENT = Shape.of(Alignment::builder, Alignment.Builder::build)
      .required("schemeId", Scalars.STRING, Alignment::schemeId, Alignment.Builder::schemeId)
      .required("priorityId", Scalars.STRING, Alignment::priorityId, Alignment.Builder::priorityId)
      .optional("weight", Scalars.DECIMAL, Alignment::weight, Alignment.Builder::weight);

  /** A priority of a scheme. */
  public static final Shape<Priority, Shape.Args> PRIORITY = Shape.<Priority>args(a -> Priority.of(a.get("id"), a.get("title")))
      .required("id", Scalars.STRING, Priority::id)
      .required("title", Scalars.STRING, Priority::title);

  /** A priority scheme. */
  public static final Shape<PriorityScheme, PriorityScheme.Builder> SCHEME =
      Shape.of(PriorityScheme::builder, PriorityScheme.Builder::build)
          .required("id", Scalars.STRING, PriorityScheme::id, PriorityScheme.Builder::id)
          .required("title", Scalars.STRING, PriorityScheme::title, PriorityScheme.Builder::title)
          .list("priorities", PRIORITY, PriorityScheme::priorities, PriorityScheme.Builder::addAllPriorities);

  /** A theme. */
  public static final Shape<Theme, Shape.Args> THEME = Shape.<Theme>args(a -> Theme.of(a.get("id"), a.get("title")))
      .required("id", Scalars.STRING, Theme::id)
      .required("title", Scalars.STRING, Theme::title);

  /** An outcome. */
  public static final Shape<Outcome, Shape.Args> OUTCOME =
      Shape.<Outcome>args(a -> Outcome.of(a.get("id"), a.get("title"), a.get("themeId")))
          .required("id", Scalars.STRING, Outcome::id)
          .required("title", Scalars.STRING, Outcome::title)
          .required("themeId", Scalars.STRING, Outcome::themeId);

  /** A validity period, both dates inclusive. */
  public static final Shape<ValidityPeriod, Shape.Args> VALIDITY =
      Shape.<ValidityPeriod>args(a -> ValidityPeriod.of(a.get("from"), a.get("to")))
          .required("from", Scalars.DATE, ValidityPeriod::from)
          .required("to", Scalars.DATE, ValidityPeriod::to);

  /** A measure; adjustments and counting rules are left out when they are the defaults. */
  public static final Shape<Measure, Measure.Builder> MEASURE = Shape.of(Measure::builder, Measure.Builder::build)
      .required("code", FrameworkScalars.CODE, Measure::code, Measure.Builder::code)
      .required("title", Scalars.STRING, Measure::title, Measure.Builder::title)
      .optional("description", Scalars.STRING, Measure::description, Measure.Builder::description)
      .required("unit", FrameworkScalars.UNIT, Measure::unit, Measure.Builder::unit)
      .required("kind", FrameworkScalars.KIND, Measure::kind, Measure.Builder::kind)
      .required("outcomeId", Scalars.STRING, Measure::outcomeId, Measure.Builder::outcomeId)
      .list("equivalents", FrameworkScalars.CODE, Measure::equivalents, Measure.Builder::addAllEquivalents)
      .withDefault("adjustments", ADJUSTMENTS, Adjustments.none(), Measure::adjustments, Measure.Builder::adjustments)
      .withDefault("countingRules", COUNTING_RULES, CountingRules.none(), Measure::countingRules,
          Measure.Builder::countingRules)
      .list("alignments", ALIGNMENT, Measure::alignments, Measure.Builder::addAllAlignments);

  /** A framework document. */
  public static final Shape<Framework, Framework.Builder> FRAMEWORK = Shape.of(Framework::builder, Framework.Builder::build)
      .document("socialvalue/framework", 1, java.util.Set.of(1))
      .required("id", Scalars.STRING, Framework::id, Framework.Builder::id)
      .required("title", Scalars.STRING, Framework::title, Framework.Builder::title)
      .required("edition", Scalars.STRING, Framework::edition, Framework.Builder::edition)
      .required("validity", VALIDITY, Framework::validity, Framework.Builder::validity)
      .required("currency", Scalars.CURRENCY, Framework::currency, Framework.Builder::currency)
      .required("provenance", Scalars.STRING, Framework::provenance, Framework.Builder::provenance)
      .required("licenceNote", Scalars.STRING, Framework::licenceNote, Framework.Builder::licenceNote)
      .list("schemes", SCHEME, Framework::schemes, Framework.Builder::addAllSchemes)
      .list("themes", THEME, Framework::themes, Framework.Builder::addAllThemes)
      .list("outcomes", OUTCOME, Framework::outcomes, Framework.Builder::addAllOutcomes)
      .list("measures", MEASURE, Framework::measures, Framework.Builder::addAllMeasures)
      .list("proxyEditions", ProxyJson.EDITION, Framework::proxyEditions, Framework.Builder::addAllProxyEditions);

  private FrameworkJson() {}
}
