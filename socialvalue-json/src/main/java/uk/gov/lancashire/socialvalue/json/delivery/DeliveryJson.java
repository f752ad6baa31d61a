package uk.gov.lancashire.socialvalue.json.delivery;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.ContractDelivery;
import uk.gov.lancashire.socialvalue.delivery.Contribution;
import uk.gov.lancashire.socialvalue.delivery.CountedRecord;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Exclusion;
import uk.gov.lancashire.socialvalue.delivery.ExclusionReason;
import uk.gov.lancashire.socialvalue.delivery.ForecastMethod;
import uk.gov.lancashire.socialvalue.delivery.RagBasis;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.delivery.Locality;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.MeasureProgress;
import uk.gov.lancashire.socialvalue.delivery.Progress;
import uk.gov.lancashire.socialvalue.delivery.ProgressFigures;
import uk.gov.lancashire.socialvalue.delivery.RagStatus;
import uk.gov.lancashire.socialvalue.delivery.RagThresholds;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.delivery.ReportedActivity;
import uk.gov.lancashire.socialvalue.delivery.SharedResource;
import uk.gov.lancashire.socialvalue.delivery.Supplier;
import uk.gov.lancashire.socialvalue.delivery.SupplyChain;
import uk.gov.lancashire.socialvalue.delivery.ValueProgress;
import uk.gov.lancashire.socialvalue.json.ContractDocument;
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;
import uk.gov.lancashire.socialvalue.json.engine.Codec;
import uk.gov.lancashire.socialvalue.json.engine.Describe;
import uk.gov.lancashire.socialvalue.json.engine.EnumNames;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;
import uk.gov.lancashire.socialvalue.json.engine.Shape;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkScalars;

/**
 * The JSON forms of the core's {@code delivery} package: the contract document ({@code "format":
 * "socialvalue/contract"}) and the delivery report ({@code "format": "socialvalue/delivery-report"}, read
 * whole or streamed by {@link DeliveryReports}), read and written; counting results, written only.
 */
public final class DeliveryJson {

  /** The most recent format version of the delivery report. */
  public static final String REPORT_FORMAT = "socialvalue/delivery-report";

  /** A record's status. */
  public static final EnumNames<RecordStatus> STATUS = EnumNames.of(RecordStatus.class, "record status", Map.of(
      RecordStatus.CLAIMED, "claimed",
      RecordStatus.EVIDENCED, "evidenced",
      RecordStatus.VERIFIED, "verified",
      RecordStatus.REJECTED, "rejected"));

  /** What kind of place a location or locality names. */
  public static final EnumNames<Location.Kind> LOCATION_KIND = EnumNames.of(Location.Kind.class, "location kind",
      Map.of(Location.Kind.POSTCODE, "postcode", Location.Kind.AREA, "area"));

  /** Where a record was delivered. */
  public static final Shape<Location, Shape.Args> LOCATION = Shape.<Location>args(DeliveryJson::location)
      .required("kind", LOCATION_KIND, Location::kind)
      .required("value", Scalars.STRING, Location::value);

  /** A delivery record; its share is left out when it is 1. */
  public static final Shape<DeliveryRecord, DeliveryRecord.Builder> RECORD =
      reported(Shape.of(DeliveryRecord::builder, DeliveryRecord.Builder::build))
          .withDefault("share", Scalars.DECIMAL, BigDecimal.ONE, DeliveryRecord::share, DeliveryRecord.Builder::share);

  /** A resource shared between contracts, with each contract's share. */
  public static final Shape<SharedResource, SharedResource.Builder> SHARED =
      reported(Shape.of(SharedResource::builder, SharedResource.Builder::build))
          .map("shares", Scalars.KEY_TEXT, Scalars.DECIMAL, SharedResource::shares, SharedResource.Builder::putAllShares);

  /** A contract's locality: postcode prefixes or area codes, each once, written sorted. */
  public static final Shape<Locality, Shape.Args> LOCALITY = Shape.<Locality>args(DeliveryJson::locality)
      .required("kind", LOCATION_KIND, Locality::kind)
      .set("values", Scalars.STRING, l -> new TreeSet<>(l.values()), null);

  /** A key performance indicator: a measure's yearly targets, keyed by contract year. */
  public static final Shape<Kpi, Kpi.Builder> KPI = Shape.of(Kpi::builder, Kpi.Builder::build)
      .required("measure", FrameworkScalars.CODE, Kpi::measure, Kpi.Builder::measure)
      .map("yearly", Scalars.KEY_INTEGER, Scalars.DECIMAL, Kpi::yearly, Kpi.Builder::putAllYearly);

  /** A contract. */
  public static final Shape<Contract, Contract.Builder> CONTRACT = Shape.of(Contract::builder, Contract.Builder::build)
      .required("id", Scalars.STRING, Contract::id, Contract.Builder::id)
      .required("title", Scalars.STRING, Contract::title, Contract.Builder::title)
      .required("currency", Scalars.CURRENCY, Contract::currency, Contract.Builder::currency)
      .required("start", BasicsJson.QUARTER, Contract::start, Contract.Builder::start)
      .required("termYears", Scalars.INTEGER, Contract::termYears, Contract.Builder::termYears)
      .required("editionReference", Scalars.STRING, Contract::editionReference, Contract.Builder::editionReference)
      .required("primeSupplier", Scalars.STRING, Contract::primeSupplier, Contract.Builder::primeSupplier)
      .required("locality", LOCALITY, Contract::locality, Contract.Builder::locality)
      .list("kpis", KPI, Contract::kpis, Contract.Builder::addAllKpis);

  /** A supplier: the prime contractor, or a subcontractor with its parent. */
  public static final Shape<Supplier, Shape.Args> SUPPLIER = Shape.<Supplier>args(a -> a.opt("parent").isPresent()
      ? Supplier.subcontractor(a.get("id"), a.get("name"), a.get("parent")) : Supplier.prime(a.get("id"), a.get("name")))
      .required("id", Scalars.STRING, Supplier::id)
      .required("name", Scalars.STRING, Supplier::name)
      .optional("parent", Scalars.STRING, Supplier::parent);

  /** A supply chain. */
  public static final Shape<SupplyChain, SupplyChain.Builder> CHAIN = Shape.of(SupplyChain::builder, SupplyChain.Builder::build)
      .list("suppliers", SUPPLIER, SupplyChain::suppliers, SupplyChain.Builder::addAllSuppliers);

  /** RAG thresholds. */
  public static final Shape<RagThresholds, Shape.Args> RAG_THRESHOLDS =
      Shape.<RagThresholds>args(a -> RagThresholds.of(a.get("green"), a.get("amber")))
          .required("green", Scalars.DECIMAL, RagThresholds::green)
          .required("amber", Scalars.DECIMAL, RagThresholds::amber);

  /** A contract document: a contract and its supply chain, whose prime must be the contract's. */
  public static final Shape<ContractDocument, Shape.Args> CONTRACT_DOCUMENT = Shape.<ContractDocument>args(DeliveryJson::contract)
      .document("socialvalue/contract", 1, Set.of(1))
      .required("contract", CONTRACT, ContractDocument::contract)
      .required("supplyChain", CHAIN, ContractDocument::supplyChain);

  /** Why a record was not counted. */
  public static final EnumNames<ExclusionReason> REASON = EnumNames.of(ExclusionReason.class, "exclusion reason",
      Map.of(ExclusionReason.REJECTED, "rejected",
          ExclusionReason.DUPLICATE_CLAIM, "duplicate-claim",
          ExclusionReason.DUPLICATE_ACROSS_TIERS, "duplicate-across-tiers",
          ExclusionReason.EXCLUSIVE_GROUP, "exclusive-group",
          ExclusionReason.FIRST_YEAR_ONLY, "first-year-only",
          ExclusionReason.NOT_LOCAL, "not-local",
          ExclusionReason.OUTSIDE_CONTRACT_TERM, "outside-contract-term"));

  /** A RAG status. */
  public static final EnumNames<RagStatus> RAG = EnumNames.of(RagStatus.class, "RAG status", Map.of(
      RagStatus.GREEN, "green",
      RagStatus.AMBER, "amber",
      RagStatus.RED, "red",
      RagStatus.NOT_DUE, "not-due"));

  /** The delivered figure a RAG status is measured on. */
  public static final EnumNames<RagBasis> RAG_BASIS = EnumNames.of(RagBasis.class, "RAG basis", Map.of(
      RagBasis.VERIFIED, "verified",
      RagBasis.EVIDENCED, "evidenced",
      RagBasis.CLAIMED, "claimed"));

  /** How a forecast at completion is made. */
  public static final EnumNames<ForecastMethod> FORECAST_METHOD = EnumNames.of(ForecastMethod.class, "forecast method",
      Map.of(ForecastMethod.ON_PROFILE, "on-profile", ForecastMethod.AT_CURRENT_RATE, "at-current-rate"));

  /** Whether a record was delivered locally. */
  public static final EnumNames<LocalStatus> LOCAL = EnumNames.of(LocalStatus.class, "local status", Map.of(
      LocalStatus.LOCAL, "local",
      LocalStatus.NOT_LOCAL, "not-local",
      LocalStatus.UNKNOWN, "unknown"));

  /** A counted record (written only). */
  public static final Shape<CountedRecord, Void> COUNTED = Shape.<CountedRecord>written("a counted record", "its inputs")
      .required("record", RECORD, CountedRecord::record)
      .required("tier", Scalars.INTEGER, CountedRecord::tier)
      .required("local", LOCAL, CountedRecord::local)
      .required("quantity", Scalars.DECIMAL, CountedRecord::quantity)
      .required("value", BasicsJson.MONEY, CountedRecord::value);

  /** An excluded record (written only). */
  public static final Shape<Exclusion, Void> EXCLUSION = Shape.<Exclusion>written("an exclusion", "its inputs")
      .required("record", RECORD, Exclusion::record)
      .required("reason", REASON, Exclusion::reason)
      .optional("countedInstead", Scalars.STRING, Exclusion::countedInstead)
      .required("explanation", BasicsJson.EXPLANATION, Exclusion::explanation);

  /** A tier's or supplier's contribution (written only). */
  public static final Shape<Contribution, Void> CONTRIBUTION = Shape.<Contribution>written("a contribution", "its inputs")
      .required("counted", Scalars.INTEGER, Contribution::counted)
      .required("excluded", Scalars.INTEGER, Contribution::excluded)
      .required("value", BasicsJson.MONEY, Contribution::value)
      .map("quantities", FrameworkScalars.CODE, Scalars.DECIMAL, Contribution::quantities);

  /** A contract's counted delivery (written only). */
  public static final Shape<ContractDelivery, Void> DELIVERY = Shape.<ContractDelivery>written("a contract delivery",
      "its inputs")
      .required("contract", Scalars.STRING, d -> d.contract().id())
      .required("valuationBasis", Scalars.STRING, d -> d.valuer().basis())
      .list("counted", COUNTED, ContractDelivery::counted)
      .list("exclusions", EXCLUSION, ContractDelivery::exclusions)
      .map("valueByStatus", STATUS, BasicsJson.MONEY, ContractDelivery::valueByStatus)
      .map("byTier", Scalars.KEY_INTEGER, CONTRIBUTION, ContractDelivery::byTier)
      .map("bySupplier", Scalars.KEY_TEXT, CONTRIBUTION, ContractDelivery::bySupplier);

  /** Progress figures in a measure's unit: each figure a decimal (written only). */
  public static final Shape<ProgressFigures, Void> FIGURES = figures("progress figures", Scalars.DECIMAL, f -> f,
      (f, figure) -> figure.apply(f));

  /**
   * Progress in value: the same properties as {@link #FIGURES}, each money figure an amount ({@code {"amount",
   * "currency"}}, as every money figure in the JSON); the percent is a decimal (written only).
   */
  public static final Shape<ValueProgress, Void> VALUE_FIGURES = figures("value progress", BasicsJson.MONEY,
      ValueProgress::figures, (v, figure) -> Amounts.of(figure.apply(v.figures()), v.currency()));

  /** A measure's progress (written only). */
  public static final Shape<MeasureProgress, Void> MEASURE_PROGRESS = Shape.<MeasureProgress>written("measure progress",
      "its inputs")
      .required("measure", FrameworkScalars.CODE, MeasureProgress::measure)
      .required("rag", RAG, MeasureProgress::rag)
      .required("quantity", FIGURES, MeasureProgress::quantity)
      .required("value", VALUE_FIGURES, MeasureProgress::value);

  /** A contract's progress (written only). */
  public static final Shape<Progress, Void> PROGRESS = Shape.<Progress>written("progress", "its inputs")
      .required("asOf", BasicsJson.QUARTER, Progress::asOf)
      .required("elapsedQuarters", Scalars.INTEGER, Progress::elapsedQuarters)
      .required("termQuarters", Scalars.INTEGER, Progress::termQuarters)
      .list("measures", MEASURE_PROGRESS, Progress::measures)
      .required("total", VALUE_FIGURES, Progress::total);

  private DeliveryJson() {}

  /**
   * The progress figures' properties, declared once for a measure's quantity and for value.
   *
   * @param what the result, for the message
   * @param unit writes one figure: a decimal, or money
   * @param rules the figures holding the rules (percent, RAG, basis, forecast method)
   * @param figure one figure of the figures, in {@code unit}
   */
  private static <T, V> Shape<T, Void> figures(String what, Codec<V> unit, Function<T, ProgressFigures> rules,
      BiFunction<T, Function<ProgressFigures, BigDecimal>, V> figure) {
    return Shape.<T>written(what, "its inputs")
        .required("committed", unit, t -> figure.apply(t, ProgressFigures::committed))
        .required("committedToDate", unit, t -> figure.apply(t, ProgressFigures::committedToDate))
        .required("claimed", unit, t -> figure.apply(t, ProgressFigures::claimed))
        .required("verified", unit, t -> figure.apply(t, ProgressFigures::verified))
        .optional("percentDelivered", Scalars.DECIMAL, t -> rules.apply(t).percentDelivered())
        .required("rag", RAG, t -> rules.apply(t).rag())
        .required("shortfall", unit, t -> figure.apply(t, ProgressFigures::shortfall))
        .required("supplierShortfall", unit, t -> figure.apply(t, ProgressFigures::supplierShortfall))
        .required("verificationBacklog", unit, t -> figure.apply(t, ProgressFigures::verificationBacklog))
        .required("ragBasis", RAG_BASIS, t -> rules.apply(t).basis())
        .required("forecast", unit, t -> figure.apply(t, ProgressFigures::forecast))
        .required("forecastMethod", FORECAST_METHOD, t -> rules.apply(t).forecastAtCompletion().method())
        .required("forecastExplanation", BasicsJson.EXPLANATION, t -> rules.apply(t).forecastAtCompletion().explanation());
  }

  /** The attributes a record and a shared resource have in common ({@link ReportedActivity}), declared once. */
  private static <T extends ReportedActivity, B extends ReportedActivity.Builder<B>> Shape<T, B> reported(
      Shape<T, B> shape) {
    return shape
        .required("id", Scalars.STRING, ReportedActivity::id, ReportedActivity.Builder::id)
        .required("period", BasicsJson.QUARTER, ReportedActivity::period, ReportedActivity.Builder::period)
        .required("measure", FrameworkScalars.CODE, ReportedActivity::measure, ReportedActivity.Builder::measure)
        .required("quantity", Scalars.DECIMAL, ReportedActivity::quantity, ReportedActivity.Builder::quantity)
        .required("supplier", Scalars.STRING, ReportedActivity::supplier, ReportedActivity.Builder::supplier)
        .required("status", STATUS, ReportedActivity::status, ReportedActivity.Builder::status)
        .list("evidence", Scalars.STRING, ReportedActivity::evidence, ReportedActivity.Builder::addAllEvidence)
        .optional("claimKey", Scalars.STRING, ReportedActivity::claimKey, ReportedActivity.Builder::claimKey)
        .optional("location", LOCATION, ReportedActivity::location, ReportedActivity.Builder::location)
        .optional("employmentStart", Scalars.DATE, ReportedActivity::employmentStart,
            ReportedActivity.Builder::employmentStart);
  }

  private static final ProblemPath VALUE = ProblemPath.of("value");

  /** Postcodes and area codes are written in the core's normal form, so reading never changes one silently. */
  private static Location location(Shape.Args a) {
    return location(a.get("kind"), a.get("value"));
  }

  /**
   * A location as {@link #LOCATION} reads it (for readers that find the text themselves, so that the rule
   * is written once): the value must be in the core's normal form.
   *
   * @param kind the kind of place
   * @param value the postcode or area code as written
   * @return the location
   * @throws ValidationException when the core refuses the value or it is not in its normal form
   */
  public static Location location(Location.Kind kind, String value) {
    Location location = kind == Location.Kind.POSTCODE ? Location.postcode(value) : Location.area(value);
    normal(value, location.value(), VALUE);
    return location;
  }

  private static Locality locality(Shape.Args a) {
    Set<String> values = a.get("values");
    String[] array = values.toArray(new String[0]);
    Locality locality = a.get("kind") == Location.Kind.POSTCODE ? Locality.postcodePrefixes(array)
        : Locality.areaCodes(array);
    int i = 0;
    for (String value : values) {
      normal(value, Location.area(value).value(), ProblemPath.of("values").index(i++));
    }
    return locality;
  }

  private static void normal(String given, String normal, ProblemPath path) {
    if (!given.equals(normal)) {
      throw ValidationException.at(path, "must be written in its normal form \"" + normal
          + "\" (upper case, no spaces), was " + Describe.quoted(given));
    }
  }

  private static ContractDocument contract(Shape.Args a) {
    Contract contract = a.get("contract");
    SupplyChain chain = a.get("supplyChain");
    if (!chain.prime().id().equals(contract.primeSupplier())) {
      throw ValidationException.of("supplyChain", "the chain's prime is " + chain.prime().id()
          + " but the contract's prime supplier is " + contract.primeSupplier());
    }
    return ContractDocument.of(contract, chain);
  }
}
