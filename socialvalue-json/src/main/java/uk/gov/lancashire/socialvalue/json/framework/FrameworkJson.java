package uk.gov.lancashire.socialvalue.json.framework;

import java.util.Map;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.BenefitSplit;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
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
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;

/**
 * The JSON forms of the core's {@code framework} package, one declaration per type. A proxy edition is a
 * top-level document ({@code "format": "socialvalue/proxy-edition"}) and also sits inside a framework; its
 * values are an object keyed by measure code, where two spellings of one code ({@code "NT1"}, {@code
 * "NT01"}) are a problem. A framework is a
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
              CountingRules.Builder::exclusiveGroup)
          .withDefault("localOnly", Scalars.BOOLEAN, false, CountingRules::localOnly, CountingRules.Builder::localOnly);

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

  /** Who a proxy value's benefit accrues to. */
  public static final Shape<BenefitSplit, Shape.Args> SPLIT =
      Shape.<BenefitSplit>args(a -> BenefitSplit.of(a.get("individual"), a.get("community"), a.get("government")))
          .required("individual", BasicsJson.MONEY, BenefitSplit::individual)
          .required("community", BasicsJson.MONEY, BenefitSplit::community)
          .required("government", BasicsJson.MONEY, BenefitSplit::government);

  /** A proxy value. */
  public static final Shape<ProxyValue, ProxyValue.Builder> VALUE = Shape.of(ProxyValue::builder, ProxyValue.Builder::build)
      .required("amount", BasicsJson.MONEY, ProxyValue::amount, ProxyValue.Builder::amount)
      .required("unit", FrameworkScalars.UNIT, ProxyValue::unit, ProxyValue.Builder::unit)
      .required("priceYear", Scalars.INTEGER, ProxyValue::priceYear, ProxyValue.Builder::priceYear)
      .required("source", Scalars.STRING, ProxyValue::source, ProxyValue.Builder::source)
      .required("licence", Scalars.STRING, ProxyValue::licence, ProxyValue.Builder::licence)
      .optional("split", SPLIT, ProxyValue::split, ProxyValue.Builder::split);

  /** A proxy edition document. */
  public static final Shape<ProxyEdition, ProxyEdition.Builder> EDITION =
      Shape.of(ProxyEdition::builder, ProxyEdition.Builder::build)
          .document("socialvalue/proxy-edition", 1, java.util.Set.of(1))
          .required("id", Scalars.STRING, ProxyEdition::id, ProxyEdition.Builder::id)
          .required("version", Scalars.STRING, ProxyEdition::version, ProxyEdition.Builder::version)
          .required("title", Scalars.STRING, ProxyEdition::title, ProxyEdition.Builder::title)
          .required("currency", Scalars.CURRENCY, ProxyEdition::currency, ProxyEdition.Builder::currency)
          .required("licence", Scalars.STRING, ProxyEdition::licence, ProxyEdition.Builder::licence)
          .map("values", FrameworkScalars.CODE, VALUE, ProxyEdition::values, ProxyEdition.Builder::putAllValues);

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
      .list("proxyEditions", EDITION, Framework::proxyEditions, Framework.Builder::addAllProxyEditions);

  private FrameworkJson() {}
}
