package uk.gov.lancashire.socialvalue.examples.scenario;

import static uk.gov.lancashire.socialvalue.examples.scenario.HighwaysTender.GBP;
import static uk.gov.lancashire.socialvalue.examples.scenario.HighwaysTender.dec;

import java.util.ArrayList;
import java.util.List;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.Locality;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.delivery.Supplier;
import uk.gov.lancashire.socialvalue.delivery.SupplyChain;
import uk.gov.lancashire.socialvalue.examples.LancashireFramework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * <strong>Illustrative</strong> delivery: four quarters of 2024/25 on the highways contract by the prime
 * contractor and a subcontractor (with a duplicate claim and a rejected record), and two more contracts
 * for the portfolio. Every figure is invented.
 */
public final class Deliveries {

  /** The subcontractor on the highways contract. */
  public static final String SUBCONTRACTOR = "fylde-surfacing";

  private Deliveries() {}

  /**
   * @param prime the winning bidder, the prime contractor
   * @return prime and subcontractor
   */
  public static SupplyChain highwaysChain(String prime) {
    return SupplyChain.builder()
        .addSuppliers(Supplier.prime(prime, prime), Supplier.subcontractor(SUBCONTRACTOR, "Fylde Surfacing Ltd", prime))
        .build();
  }

  /** @return where the highways contract counts as local: Preston, Blackburn and Lancaster postcodes */
  public static Locality highwaysLocality() {
    return Locality.postcodePrefixes("PR", "BB", "LA");
  }

  /**
   * @param prime the prime contractor
   * @return four quarters of records, including a duplicate claim across tiers and a rejected record
   */
  public static List<DeliveryRecord> highwaysRecords(String prime) {
    List<DeliveryRecord> records = new ArrayList<>();
    String[] quarters = {"2024/25-Q1", "2024/25-Q2", "2024/25-Q3", "2024/25-Q4"};
    String[] apprenticeWeeks = {"26", "39", "52", "52"};
    String[] mentoring = {"40", "64", "80", "72"};           // session hours × attendees
    String[] waste = {"50", "60", "70", "45"};                // tonnes diverted, by the subcontractor
    for (int q = 0; q < 4; q++) {
      String period = quarters[q];
      records.add(record(prime + "-app-" + q, period, "LT6", apprenticeWeeks[q], prime,
          q < 3 ? RecordStatus.VERIFIED : RecordStatus.EVIDENCED).location(Location.postcode("PR1 2HE")).build());
      records.add(record(prime + "-mentor-" + q, period, "LT7", mentoring[q], prime, RecordStatus.VERIFIED)
          .location(Location.postcode("BB1 7DR")).build());
      records.add(record(SUBCONTRACTOR + "-waste-" + q, period, "LT14", waste[q], SUBCONTRACTOR,
          q < 3 ? RecordStatus.VERIFIED : RecordStatus.CLAIMED).build());
    }
    // one long-term unemployed hire, reported by the prime and again by the subcontractor: counted once
    records.add(record(prime + "-ltu-1", "2024/25-Q2", "LT2", "1", prime, RecordStatus.VERIFIED)
        .claimKey("person-0042").location(Location.postcode("PR2 9XY")).build());
    records.add(record(SUBCONTRACTOR + "-ltu-1", "2024/25-Q3", "LT2", "1", SUBCONTRACTOR, RecordStatus.VERIFIED)
        .claimKey("person-0042").location(Location.postcode("PR2 9XY")).build());
    // two NEET hires, one local and one not
    records.add(record(prime + "-neet-1", "2024/25-Q1", "LT3", "1", prime, RecordStatus.VERIFIED)
        .claimKey("person-0077").location(Location.postcode("PR5 6AB")).build());
    records.add(record(prime + "-neet-2", "2024/25-Q3", "LT3", "1", prime, RecordStatus.VERIFIED)
        .claimKey("person-0081").location(Location.postcode("M1 1AE")).build());
    // a waste claim without evidence that the council rejected
    records.add(record(SUBCONTRACTOR + "-waste-x", "2024/25-Q4", "LT14", "90", SUBCONTRACTOR, RecordStatus.REJECTED)
        .build());
    return records;
  }

  /** @return the school catering contract of the portfolio */
  public static Contract catering() {
    return Contract.builder().id("LCC-SC-2023-004").title("School catering (illustrative)").currency(GBP)
        .start(FinancialQuarter.parse("2024/25-Q1")).termYears(2).editionReference(LancashireFramework.EDITION)
        .primeSupplier("red-rose-catering").locality(Locality.postcodePrefixes("PR", "FY"))
        .addKpis(kpi("LT1", "10", "10"), kpi("LT3", "2", "0"), kpi("LT11", "20000", "20000"), kpi("LT14", "40", "40"))
        .build();
  }

  /** @return records for the school catering contract */
  public static List<DeliveryRecord> cateringRecords() {
    List<DeliveryRecord> records = new ArrayList<>();
    String[] quarters = {"2024/25-Q1", "2024/25-Q2", "2024/25-Q3", "2024/25-Q4"};
    for (int q = 0; q < 4; q++) {
      records.add(record("rrc-jobs-" + q, quarters[q], "LT1", "2.5", "red-rose-catering", RecordStatus.VERIFIED)
          .location(Location.postcode("FY1 3AB")).build());
      records.add(record("rrc-waste-" + q, quarters[q], "LT14", "9", "red-rose-catering", RecordStatus.VERIFIED).build());
    }
    records.add(record("rrc-neet-1", "2024/25-Q2", "LT3", "1", "red-rose-catering", RecordStatus.VERIFIED)
        .claimKey("person-1107").build());
    records.add(record("rrc-donation", "2024/25-Q3", "LT11", "12500", "red-rose-catering", RecordStatus.EVIDENCED).build());
    return records;
  }

  /** @return the adult social care transport contract of the portfolio */
  public static Contract transport() {
    return Contract.builder().id("LCC-AT-2024-002").title("Adult social care transport (illustrative)").currency(GBP)
        .start(FinancialQuarter.parse("2024/25-Q1")).termYears(3).editionReference(LancashireFramework.EDITION)
        .primeSupplier("lune-valley-transport").locality(Locality.postcodePrefixes("LA"))
        .addKpis(kpi("LT1", "3", "3", "3"), kpi("LT15", "200000", "250000", "300000"), kpi("LT16", "300", "300", "300"))
        .build();
  }

  /** @return records for the transport contract */
  public static List<DeliveryRecord> transportRecords() {
    List<DeliveryRecord> records = new ArrayList<>();
    String[] quarters = {"2024/25-Q1", "2024/25-Q2", "2024/25-Q3", "2024/25-Q4"};
    for (int q = 0; q < 4; q++) {
      records.add(record("lvt-jobs-" + q, quarters[q], "LT1", "0.5", "lune-valley-transport", RecordStatus.VERIFIED)
          .location(Location.postcode("LA1 4XQ")).build());
      records.add(record("lvt-miles-" + q, quarters[q], "LT15", "30000", "lune-valley-transport", RecordStatus.VERIFIED)
          .build());
    }
    records.add(record("lvt-volunteer", "2024/25-Q3", "LT16", "120", "lune-valley-transport", RecordStatus.VERIFIED)
        .build());
    // the catering contract's verified NEET hire, claimed again in the same quarter on this contract: the
    // portfolio counts the person once (on catering) and reports this record as a cross-contract duplicate
    records.add(record("lvt-neet-1", "2024/25-Q2", "LT3", "1", "lune-valley-transport", RecordStatus.CLAIMED)
        .claimKey("person-1107").build());
    return records;
  }

  private static Kpi kpi(String measure, String... yearly) {
    Kpi.Builder b = Kpi.builder().measure(MeasureCode.parse(measure));
    for (int y = 0; y < yearly.length; y++) {
      b.putYearly(y + 1, dec(yearly[y]));
    }
    return b.build();
  }

  private static DeliveryRecord.Builder record(String id, String period, String measure, String quantity,
      String supplier, RecordStatus status) {
    DeliveryRecord.Builder b = DeliveryRecord.builder().id(id).period(FinancialQuarter.parse(period))
        .measure(MeasureCode.parse(measure)).quantity(dec(quantity)).supplier(supplier).status(status);
    if (status == RecordStatus.EVIDENCED || status == RecordStatus.VERIFIED) {
      b.addEvidence("evidence/" + id + ".pdf");
    }
    return b;
  }
}
