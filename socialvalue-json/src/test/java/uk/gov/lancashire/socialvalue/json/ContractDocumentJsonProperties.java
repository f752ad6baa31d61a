package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.delivery.Kpi;

class ContractDocumentJsonProperties {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  @Provide
  Arbitrary<ContractDocument> contracts() {
    return ProcurementGenerators.contractDocument();
  }

  @Property(tries = 200)
  void writeThenReadGivesAnEqualContractWithExactQuantities(@ForAll("contracts") ContractDocument document) {
    String text = json.write(Documents.CONTRACT, document);
    ContractDocument back = json.read(Documents.CONTRACT, text);

    assertThat(back).isEqualTo(document);
    for (Kpi kpi : document.contract().kpis()) {
      assertThat(back.contract().kpi(kpi.measure()).orElseThrow().yearly()).isEqualTo(kpi.yearly());
    }
    assertThat(json.write(Documents.CONTRACT, back)).isEqualTo(text);
  }

  @Property(tries = 50)
  void everyWrittenContractValidatesAgainstTheSchema(@ForAll("contracts") ContractDocument document) {
    assertThat(ProcurementSchemaTest.CONTRACT.validate(json.write(Documents.CONTRACT, document), InputFormat.JSON)).isEmpty();
  }
}
