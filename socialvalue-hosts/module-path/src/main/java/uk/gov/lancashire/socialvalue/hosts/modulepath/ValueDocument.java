package uk.gov.lancashire.socialvalue.hosts.modulepath;

import java.io.IOException;
import java.io.InputStream;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.javamoney.moneta.Money;
import uk.gov.lancashire.socialvalue.json.Documents;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/** Reads a valuation document, sets a contract value of £5m and prints the SROI ratio and the SV%. */
public final class ValueDocument {

  private ValueDocument() {}

  /**
   * Runs the example.
   *
   * @param args the valuation document's path
   * @throws IOException when the document cannot be read
   */
  public static void main(String[] args) throws IOException {
    Valuation valuation;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      valuation = SocialValueJson.standard().read(Documents.VALUATION, in);
    }
    ValuationResult result = valuation.withContractValue(Money.of(5_000_000, "GBP")).result();
    System.out.println(result.sroiRatio().label() + ": " + result.sroiRatio().toText(2, RoundingMode.HALF_UP));
    System.out.println("SV%: " + result.socialValuePercent().setScale(2, RoundingMode.HALF_UP));
    System.out.println("socialvalue-core on the module path: "
        + ValuationResult.class.getModule().isNamed());
  }
}
