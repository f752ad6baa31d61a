package uk.gov.lancashire.socialvalue.json;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.Locality;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RagThresholds;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.delivery.SharedResource;
import uk.gov.lancashire.socialvalue.delivery.Supplier;
import uk.gov.lancashire.socialvalue.delivery.SupplyChain;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.CountingRules;
import uk.gov.lancashire.socialvalue.framework.Dimension;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;
import uk.gov.lancashire.socialvalue.proxy.BenefitSplit;
import uk.gov.lancashire.socialvalue.proxy.ProxyEdition;
import uk.gov.lancashire.socialvalue.proxy.ProxyValue;

/**
 * The one list of every type the module reads and writes, with its codec. Adding a type is one line
 * here plus its {@code XxxJson} codec (see docs/json.md).
 */
final class Codecs {

  private static final Map<Class<?>, JsonCodec<?>> ALL = build();

  private Codecs() {}

  private static Map<Class<?>, JsonCodec<?>> build() {
    Map<Class<?>, JsonCodec<?>> all = new LinkedHashMap<>();
    // basics
    all.put(MonetaryAmount.class, MoneyJson.CODEC);
    all.put(FinancialYear.class, FinancialYearJson.CODEC);
    all.put(FinancialQuarter.class, FinancialQuarterJson.CODEC);
    // framework
    all.put(MeasureCode.class, MeasureCodeJson.CODEC);
    all.put(Unit.class, UnitJson.CODEC);
    all.put(Dimension.class, DimensionJson.CODEC);
    all.put(MeasureKind.class, MeasureKindJson.CODEC);
    all.put(Adjustments.class, AdjustmentsJson.CODEC);
    all.put(CountingRules.class, CountingRulesJson.CODEC);
    all.put(Alignment.class, AlignmentJson.CODEC);
    all.put(Priority.class, PriorityJson.CODEC);
    all.put(PriorityScheme.class, PrioritySchemeJson.CODEC);
    all.put(Theme.class, ThemeJson.CODEC);
    all.put(Outcome.class, OutcomeJson.CODEC);
    all.put(ValidityPeriod.class, ValidityPeriodJson.CODEC);
    all.put(Measure.class, MeasureJson.CODEC);
    all.put(Framework.class, FrameworkJson.CODEC);
    // proxy
    all.put(BenefitSplit.class, BenefitSplitJson.CODEC);
    all.put(ProxyValue.class, ProxyValueJson.CODEC);
    all.put(ProxyEdition.class, ProxyEditionJson.CODEC);
    // delivery (phase 2b)
    all.put(RecordStatus.class, RecordStatusJson.CODEC);
    all.put(Location.class, LocationJson.CODEC);
    all.put(DeliveryRecord.class, DeliveryRecordJson.CODEC);
    all.put(SharedResource.class, SharedResourceJson.CODEC);
    all.put(Locality.class, LocalityJson.CODEC);
    all.put(Kpi.class, KpiJson.CODEC);
    all.put(Contract.class, ContractJson.CODEC);
    all.put(Supplier.class, SupplierJson.CODEC);
    all.put(SupplyChain.class, SupplyChainJson.CODEC);
    all.put(RagThresholds.class, RagThresholdsJson.CODEC);
    all.put(ContractDocument.class, ContractDocumentJson.CODEC);
    return java.util.Collections.unmodifiableMap(all);
  }

  /** @return every covered type and its codec */
  static Map<Class<?>, JsonCodec<?>> all() {
    return ALL;
  }

  /**
   * @param type a covered type
   * @return its codec
   * @throws IllegalArgumentException when the type is not covered
   */
  @SuppressWarnings("unchecked")
  static <T> JsonCodec<T> of(Class<T> type) {
    JsonCodec<?> codec = ALL.get(type);
    if (codec == null) {
      throw new IllegalArgumentException(type.getName() + " has no JSON form in socialvalue-json");
    }
    return (JsonCodec<T>) codec;
  }
}
