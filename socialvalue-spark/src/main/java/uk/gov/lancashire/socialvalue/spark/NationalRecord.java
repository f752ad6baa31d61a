package uk.gov.lancashire.socialvalue.spark;

import java.util.Objects;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioFact;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

/**
 * One valid row of national delivery data: a {@link DeliveryRecord} built (and so checked) by the SDK,
 * with the council and contract it belongs to, its stage and its locality status.
 *
 * <p><strong>Contracts are named within their council.</strong> Contract ids (like record ids and claim
 * keys) are unique only within a council, so a national fact names its contract {@code council/contract}
 * ({@link #nationalContract()}): two councils' contract {@code C1} never merge, and claim keys are only ever
 * compared within one council's contracts.
 *
 * @param council the council's id
 * @param contract the contract's id within the council
 * @param record the record; its status is {@code CLAIMED} for a {@linkplain ValueStage#COMMITTED commitment}
 *     row, whose fields are checked as a claimed record's
 * @param stage the stage the row's value is at
 * @param local whether local by the contract's own locality
 */
public record NationalRecord(String council, String contract, DeliveryRecord record, ValueStage stage, LocalStatus local) {

  /**
   * Checks the parts are present.
   *
   * @param council the council's id
   * @param contract the contract's id within the council
   * @param record the record
   * @param stage the stage the row's value is at
   * @param local whether local by the contract's own locality
   */
  public NationalRecord {
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(local, "local");
  }

  /**
   * @param council a council id
   * @param contract a contract id within it
   * @return the contract's national name, {@code council/contract}
   */
  public static String nationalContract(String council, String contract) {
    return council + "/" + contract;
  }

  /** @return the contract's national name, {@code council/contract} */
  public String nationalContract() {
    return nationalContract(council, contract);
  }

  /**
   * The portfolio fact of the row, exactly as {@link uk.gov.lancashire.socialvalue.portfolio.PortfolioFacts}
   * makes one for a counted record: the attributed quantity (quantity × share) in the period's financial
   * year, valued by the valuer, stating the price year of the value (the valuer's price year for the measure,
   * as {@code PortfolioFacts} states it), so the national aggregate refuses to add values of different price
   * years just as the fast roll-up's views do.
   *
   * @param valuer the valuer of the pinned edition
   * @return the fact, its contract named {@link #nationalContract()}
   */
  public PortfolioFact fact(CommitmentValuer valuer) {
    return PortfolioFact.of(nationalContract(), record.supplier(), record.measure(), local, record.period().year(), stage,
        record.attributedQuantity(), valuer.value(record.measure(), record.attributedQuantity()), valuer.currency(),
        valuer.priceYear(record.measure()));
  }
}
