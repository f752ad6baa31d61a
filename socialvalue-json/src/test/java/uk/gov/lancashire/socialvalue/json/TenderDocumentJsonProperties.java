package uk.gov.lancashire.socialvalue.json;

import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.basics.Amounts;

class TenderDocumentJsonProperties {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  @Provide
  Arbitrary<TenderDocument> tenders() {
    return ProcurementGenerators.tenderDocument();
  }

  @Property(tries = 200)
  void writeThenReadGivesAnEqualTenderWithExactPrices(@ForAll("tenders") TenderDocument document) {
    String text = json.write(Documents.TENDER, document);
    TenderDocument back = json.read(Documents.TENDER, text);

    assertThat(back).isEqualTo(document);
    for (int i = 0; i < document.bids().size(); i++) {
      assertThat(Amounts.decimal(back.bids().get(i).price()))
          .isEqualByComparingTo(Amounts.decimal(document.bids().get(i).price()));
      assertThat(text).contains("\"amount\": \"" + BasicsJson.amountText(document.bids().get(i).price()) + "\"");
    }
    assertThat(json.write(Documents.TENDER, back)).isEqualTo(text);
  }

  @Property(tries = 50)
  void everyWrittenTenderValidatesAgainstTheSchema(@ForAll("tenders") TenderDocument document) {
    assertThat(ProcurementSchemaTest.TENDER.validate(json.write(Documents.TENDER, document), InputFormat.JSON)).isEmpty();
  }
}
