package uk.gov.lancashire.socialvalue.json;

import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

class ProxyEditionJsonProperties {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  @Provide
  Arbitrary<ProxyEdition> editions() {
    return Generators.edition();
  }

  @Property(tries = 200)
  void writeThenReadGivesAnEqualEditionWithExactAmounts(@ForAll("editions") ProxyEdition edition) {
    String text = json.write(Documents.PROXY_EDITION, edition);
    ProxyEdition back = json.read(Documents.PROXY_EDITION, text);

    assertThat(back).isEqualTo(edition);
    for (MeasureCode code : edition.values().keySet()) {
      ProxyValue original = edition.values().get(code);
      assertThat(Amounts.decimal(back.values().get(code).amount())).isEqualByComparingTo(Amounts.decimal(original.amount()));
      assertThat(text).contains("\"amount\": \"" + BasicsJson.amountText(original.amount()) + "\"");
      assertThat(new java.math.BigDecimal(BasicsJson.amountText(original.amount())))
          .isEqualByComparingTo(Amounts.decimal(original.amount()));
    }
  }

  @Property(tries = 200)
  void writingIsStable(@ForAll("editions") ProxyEdition edition) {
    String text = json.write(Documents.PROXY_EDITION, edition);

    assertThat(json.write(Documents.PROXY_EDITION, json.read(Documents.PROXY_EDITION, text))).isEqualTo(text);
  }

  @Property(tries = 50)
  void everyWrittenEditionValidatesAgainstTheSchema(@ForAll("editions") ProxyEdition edition) {
    assertThat(SchemaTest.EDITION.validate(json.write(Documents.PROXY_EDITION, edition), InputFormat.JSON)).isEmpty();
  }
}
