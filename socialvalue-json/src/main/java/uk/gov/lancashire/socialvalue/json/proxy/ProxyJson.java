package uk.gov.lancashire.socialvalue.json.proxy;

import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;
import uk.gov.lancashire.socialvalue.json.engine.Shape;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkScalars;
import uk.gov.lancashire.socialvalue.proxy.BenefitSplit;
import uk.gov.lancashire.socialvalue.proxy.ProxyEdition;
import uk.gov.lancashire.socialvalue.proxy.ProxyValue;

/**
 * The JSON forms of the core's {@code proxy} package. A proxy edition is a top-level document ({@code
 * "format": "socialvalue/proxy-edition"}) and also sits inside a framework; its values are an object keyed
 * by measure code, where two spellings of one code ({@code "NT1"}, {@code "NT01"}) are a problem.
 */
public final class ProxyJson {

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

  private ProxyJson() {}
}
