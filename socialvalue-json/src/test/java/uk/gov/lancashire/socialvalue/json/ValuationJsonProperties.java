package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.valuation.Valuation;

class ValuationJsonProperties {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  @Provide
  Arbitrary<Valuation> valuations() {
    return ProcurementGenerators.valuation();
  }

  @Property(tries = 200)
  void writeThenReadGivesAnEqualValuationAndTheSameExactResult(@ForAll("valuations") Valuation valuation) {
    String text = json.write(Documents.VALUATION, valuation);
    Valuation back = json.read(Documents.VALUATION, text);

    assertThat(back).isEqualTo(valuation);
    for (int i = 0; i < valuation.lines().size(); i++) {
      assertThat(back.lines().get(i).quantity().amount()).isEqualTo(valuation.lines().get(i).quantity().amount());
    }
    assertThat(Amounts.decimal(back.result().presentValue())).isEqualTo(Amounts.decimal(valuation.result().presentValue()));
    assertThat(json.write(Documents.VALUATION, back)).isEqualTo(text);
  }

  @Property(tries = 50)
  void everyWrittenValuationAndResultValidatesAgainstItsSchema(@ForAll("valuations") Valuation valuation) {
    assertThat(ProcurementSchemaTest.VALUATION.validate(json.write(Documents.VALUATION, valuation), InputFormat.JSON)).isEmpty();
    assertThat(ProcurementSchemaTest.VALUATION_RESULT.validate(json.write(Documents.VALUATION_RESULT, valuation.result()),
        InputFormat.JSON)).isEmpty();
  }
}
