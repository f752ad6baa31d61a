package uk.gov.lancashire.socialvalue.examples.hosts;

import uk.gov.lancashire.socialvalue.json.Documents;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.examples.scenario.Scenario;
import uk.gov.lancashire.socialvalue.examples.scenario.ScenarioReport;
import uk.gov.lancashire.socialvalue.examples.scenario.ScenarioResult;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

/**
 * Every figure of the Lancashire scenario as one text: the printed summary, the HTML report, the exact
 * valuation explanation and the exact JSON of the framework, edition, tender evaluation, annual
 * statement and valuation result. Run as a program (in a forked JVM) it also writes what Moneta's
 * own default context does to an amount, so a test can see that the host's configuration was live.
 */
public final class ScenarioFigures {

  /** An amount a hostile default context (7 digits, rounding down) visibly changes. */
  static final String PROBE = "12345678.123456789";

  private ScenarioFigures() {}

  /** @return every figure of the scenario, exact where the SDK is exact */
  static String figures() {
    ScenarioResult r = Scenario.run();
    ScenarioReport report = ScenarioReport.of(r);
    SocialValueJson json = SocialValueJson.standard();
    MoneyRounding pence = MoneyRounding.of(r.sroi.currency());
    return String.join("\n----\n",
        report.console(),
        report.html(),
        r.sroi.explain().toText(),
        json.write(Documents.FRAMEWORK, r.framework),
        json.write(Documents.PROXY_EDITION, r.edition),
        json.write(Documents.TENDER_EVALUATION, r.evaluation),
        json.write(Documents.ANNUAL_STATEMENT, r.statement),
        json.write(Documents.valuationResult(pence), r.sroi),
        String.valueOf(r.committedByQuarter),
        String.valueOf(r.verifiedByQuarter),
        String.valueOf(r.band.presentValueP5()) + " " + r.band.presentValueP50() + " " + r.band.presentValueP95());
  }

  /** @return what Moneta's default context makes of {@link #PROBE} when no context is given */
  static String probe() {
    MonetaryAmount amount = Money.of(new BigDecimal(PROBE), Monetary.getCurrency("GBP"));
    return amount.getNumber().numberValue(BigDecimal.class).toPlainString();
  }

  /**
   * Writes the probe (first line) and the figures to a file.
   *
   * @param args the file to write
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[0]), probe() + "\n" + figures(), StandardCharsets.UTF_8);
  }
}
