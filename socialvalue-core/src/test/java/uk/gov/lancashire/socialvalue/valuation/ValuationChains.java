package uk.gov.lancashire.socialvalue.valuation;

/** Shares the hand-worked chain of {@link ValuationTest} with other test packages. */
public final class ValuationChains {

  private ValuationChains() {}

  /** @return the three-outcome chain, investment £20,000, contract £500,000 (illustrative) */
  public static Valuation threeOutcomes() {
    return ValuationTest.chain();
  }
}
