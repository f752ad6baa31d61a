package uk.gov.lancashire.socialvalue.benchmarks;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.json.DeliveryReportWriter;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

/**
 * The workload as supplier returns on disk, the files the "from a file" benchmarks read: a CSV in the
 * delivery-records template layout ({@code socialvalue-sheets}' {@code DeliveryColumn}), the same records as
 * a Parquet file written by DuckDB's own {@code COPY}, and as a JSON delivery report written by the SDK. Record {@code i} is the workload's record
 * {@code i}, reported as a supplier would: an id, the quarter, the measure code, the quantity, the supplier,
 * claimed or verified (with evidence), a claim key for one in five, a postcode or area. No record is
 * shared (the share cell is blank), so every peer's query is a multiplication and a sum.
 *
 * <p>Files are written once per size into {@code java.io.tmpdir/socialvalue-benchmarks} and reused by
 * later forks and runs (a file is renamed into place only when complete).
 */
final class DeliveryFiles {

  /** The template's header, in its order. */
  static final String HEADER =
      "id,period,measure,unit,committed,quantity,supplier,status,evidence,claim_key,location_kind,location,share,notes";

  private DeliveryFiles() {}

  /** @return the directory for files of {@code records} records */
  static Path directory(long records) throws IOException {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "socialvalue-benchmarks", "v1-" + records);
    Files.createDirectories(dir);
    return dir;
  }

  /** @return the CSV of records 0 .. n-1, written if not there yet */
  static Path csv(long records) throws IOException {
    Path file = directory(records).resolve("delivery-records.csv");
    if (!Files.exists(file)) {
      Path part = Files.createTempFile(file.getParent(), "delivery-records", ".part");
      try (BufferedWriter w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
        w.write(HEADER);
        w.write("\r\n");
        StringBuilder row = new StringBuilder(160);
        for (long i = 0; i < records; i++) {
          row.setLength(0);
          row(row, i);
          w.append(row);
        }
      }
      Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  /** Appends record i's row, CRLF-terminated, as the template writes it. */
  static void row(StringBuilder s, long i) {
    int m = Workload.measure(i);
    int year = Workload.year(i);
    boolean verified = i % 3 != 0;
    s.append('r').append(i).append(',')
        .append(FinancialYear.of(year)).append("-Q").append(1 + i % 4).append(',')
        .append(Workload.code(m)).append(",,,")
        .append(quantity(i)).append(",S").append(Workload.contract(i)).append(',')
        .append(verified ? "verified,payroll/" + i : "claimed,").append(',');
    if (i % 5 == 0) {
      s.append("person-").append(i / 5);
    }
    s.append(',');
    if (i % 2 == 0) {
      s.append("postcode,PR1 ").append(i % 9).append("XJ");
    } else {
      s.append("area,E0700012").append(i % 10);
    }
    s.append(",,\r\n");
  }

  /** @return the JSON delivery report of the same records, written by the SDK's streaming writer if not there yet */
  static Path json(long records) throws IOException {
    Path file = directory(records).resolve("delivery-report.json");
    if (!Files.exists(file)) {
      Path part = Files.createTempFile(file.getParent(), "delivery-report", ".part");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
          DeliveryReportWriter writer = SocialValueJson.standard().deliveryReportWriter(out)) {
        for (long i = 0; i < records; i++) {
          writer.write(record(i));
        }
      }
      Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  /** @return record i as a delivery record, the same as its CSV row */
  static DeliveryRecord record(long i) {
    int m = Workload.measure(i);
    boolean verified = i % 3 != 0;
    DeliveryRecord.Builder b = DeliveryRecord.builder().id("r" + i)
        .period(FinancialQuarter.of(FinancialYear.of(Workload.year(i)), (int) (1 + i % 4)))
        .measure(Workload.code(m))
        .quantity(BigDecimal.valueOf(Workload.quantity(i), Workload.quantityScale(m)))
        .supplier("S" + Workload.contract(i))
        .status(verified ? RecordStatus.VERIFIED : RecordStatus.CLAIMED)
        .location(i % 2 == 0 ? Location.postcode("PR1 " + (i % 9) + "XJ") : Location.area("E0700012" + (i % 10)));
    if (verified) {
      b.addEvidence("payroll/" + i);
    }
    if (i % 5 == 0) {
      b.claimKey("person-" + (i / 5));
    }
    return b.build();
  }

  /** @return record i's quantity as written */
  static String quantity(long i) {
    return BigDecimal.valueOf(Workload.quantity(i), Workload.quantityScale(Workload.measure(i))).toPlainString();
  }

  /** Adds record i as the files report it (every status counted). */
  static void add(Rollups rollups, PortfolioRollup.Accumulator acc, long i) {
    int m = Workload.measure(i);
    acc.add(rollups.index[m], Workload.year(i), Workload.quantity(i), Workload.quantityScale(m));
  }

  /** @return the figures of records 0 .. n-1, from the records themselves */
  static Figures expected(Rollups rollups, long records) {
    PortfolioRollup.Accumulator acc = rollups.plan.accumulator();
    for (long i = 0; i < records; i++) {
      add(rollups, acc, i);
    }
    return Figures.of(acc.result());
  }

  /** @return the Parquet file of the same records, written by DuckDB's COPY from the CSV if not there yet */
  static Path parquet(long records, DuckDbPeer duckDb) throws IOException, java.sql.SQLException {
    Path csv = csv(records);
    Path file = csv.resolveSibling("delivery-records.parquet");
    if (!Files.exists(file)) {
      Path part = file.resolveSibling("delivery-records.parquet.part");
      Files.deleteIfExists(part);
      duckDb.execute("COPY (SELECT * FROM " + DuckDbPeer.typedCsv(csv) + ") TO " + DuckDbPeer.quote(part)
          + " (FORMAT parquet)");
      Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }
}
