package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

class ProxyEditionJsonProperties {

  private final SocialValueJson json = SocialValueJson.standard();

  @Provide
  Arbitrary<ProxyEdition> editions() {
    return Generators.edition();
  }

  @Property(tries = 200)
  void writeThenReadGivesAnEqualEditionWithExactAmounts(@ForAll("editions") ProxyEdition edition) {
    String text = json.writeProxyEdition(edition);
    ProxyEdition back = json.readProxyEdition(text);

    assertThat(back).isEqualTo(edition);
    for (MeasureCode code : edition.values().keySet()) {
      ProxyValue original = edition.values().get(code);
      assertThat(back.values().get(code).decimalAmount()).isEqualByComparingTo(original.decimalAmount());
      assertThat(text).contains("\"amount\": \"" + MoneyJson.amountText(original.amount()) + "\"");
      assertThat(new java.math.BigDecimal(MoneyJson.amountText(original.amount())))
          .isEqualByComparingTo(Amounts.decimal(original.amount()));
    }
  }

  @Property(tries = 200)
  void writingIsStable(@ForAll("editions") ProxyEdition edition) {
    String text = json.writeProxyEdition(edition);

    assertThat(json.writeProxyEdition(json.readProxyEdition(text))).isEqualTo(text);
  }

  @Property(tries = 50)
  void everyWrittenEditionValidatesAgainstTheSchema(@ForAll("editions") ProxyEdition edition) {
    assertThat(SchemaTest.EDITION.validate(json.writeProxyEdition(edition), InputFormat.JSON)).isEmpty();
  }
}
