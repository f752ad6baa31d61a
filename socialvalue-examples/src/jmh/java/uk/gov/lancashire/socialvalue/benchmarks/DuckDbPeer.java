package uk.gov.lancashire.socialvalue.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * DuckDB in-process (through JDBC only, so the default build compiles this without DuckDB on the class
 * path; the {@code benchmarks} profile adds the driver) computing the same roll-up from the same
 * records: an in-memory table, the typed CSV file and a Parquet file that DuckDB's own {@code COPY}
 * wrote. Each query only multiplies and sums exact decimals ({@code DECIMAL(18,2) × DECIMAL(18,2)},
 * summed as {@code DECIMAL(38,4)}) by measure and financial year; the client then makes the views from
 * those 500 cells with the fair baseline's code (DuckDB's decimal division yields a double, so the
 * split between priorities is not left to it). Each cell is put back at its measure's natural scale
 * first ({@code 12.3400} → {@code 12.34}, exactly): the SDK's equal split keeps a number of digits that
 * depends on the total's scale.
 */
final class DuckDbPeer implements AutoCloseable {

  private final Connection connection;
  private final FairBaseline baseline;

  DuckDbPeer(FairBaseline baseline) throws SQLException {
    this.connection = DriverManager.getConnection("jdbc:duckdb:");
    this.baseline = baseline;
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE measures (measure SMALLINT PRIMARY KEY, code VARCHAR NOT NULL UNIQUE,"
          + " proxy DECIMAL(18,2) NOT NULL)");
      StringBuilder values = new StringBuilder();
      for (int m = 0; m < Workload.MEASURES; m++) {
        BigDecimal proxy = Workload.valued(m) ? Workload.proxy(m) : BigDecimal.ZERO;
        values.append(m == 0 ? "" : ",").append('(').append(m).append(",'").append(Workload.code(m)).append("',")
            .append(proxy.toPlainString()).append(')');
      }
      s.execute("INSERT INTO measures VALUES " + values);
    }
  }

  /** Loads the records of a columns CSV ({@code measure,year,quantity}) into an in-memory table. */
  void loadTable(Path columnsCsv) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE OR REPLACE TABLE records AS SELECT * FROM read_csv(" + quote(columnsCsv)
          + ", header = true, columns = {'measure': 'SMALLINT', 'year': 'SMALLINT', 'quantity': 'DECIMAL(18,2)'})");
    }
  }

  /** Sets how many threads DuckDB uses. */
  void threads(int threads) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("SET threads = " + threads);
    }
  }

  /** @return the figures of the in-memory table */
  Figures fromTable() throws SQLException {
    return query("records");
  }

  /**
   * @param relation a table name or a table function such as {@code read_parquet('…')} giving at least
   *     the columns {@code measure} (the workload's measure index), {@code year} and {@code quantity}
   * @return the figures
   */
  Figures query(String relation) throws SQLException {
    Map<Integer, FairBaseline.Cell> cells = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT r.measure, r.year, SUM(r.quantity * m.proxy) AS v, COUNT(*) AS n FROM "
            + relation + " r JOIN measures m ON r.measure = m.measure GROUP BY r.measure, r.year")) {
      while (r.next()) {
        int measure = r.getInt(1);
        FairBaseline.Cell cell = new FairBaseline.Cell();
        cell.value = r.getBigDecimal(3).setScale(baseline.valueScale(measure), RoundingMode.UNNECESSARY);
        cell.count = r.getLong(4);
        cells.put(FairBaseline.key(measure, r.getInt(2)), cell);
      }
    }
    return baseline.views(cells);
  }

  /**
   * The delivery records of a file as DuckDB reads them, every column typed as declared (never detected):
   * text as {@code VARCHAR}, quantity and share as {@code DECIMAL(18,2)}.
   *
   * @param csv a CSV in the delivery-records template layout
   * @return the {@code read_csv} call
   */
  static String typedCsv(Path csv) {
    return "read_csv(" + quote(csv) + ", header = true, delim = ',', quote = '\"', columns = {'id': 'VARCHAR',"
        + " 'period': 'VARCHAR', 'measure': 'VARCHAR', 'unit': 'VARCHAR', 'committed': 'VARCHAR',"
        + " 'quantity': 'DECIMAL(18,2)', 'supplier': 'VARCHAR', 'status': 'VARCHAR', 'evidence': 'VARCHAR',"
        + " 'claim_key': 'VARCHAR', 'location_kind': 'VARCHAR', 'location': 'VARCHAR', 'share': 'DECIMAL(18,2)',"
        + " 'notes': 'VARCHAR'})";
  }

  /**
   * The figures of delivery records (the template's columns, from a typed CSV or Parquet): exact sums of
   * quantity × proxy by measure code and quarter; the client adds the quarters into financial years.
   *
   * @param relation {@link #typedCsv(Path)} or a {@code read_parquet} call
   * @return the figures
   */
  Figures deliveryRecords(String relation) throws SQLException {
    Map<Integer, FairBaseline.Cell> cells = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT m.measure, r.period, SUM(r.quantity * m.proxy) AS v, COUNT(*) AS n FROM "
            + relation + " r JOIN measures m ON r.measure = m.code GROUP BY m.measure, r.period")) {
      while (r.next()) {
        int measure = r.getInt(1);
        int year = Integer.parseInt(r.getString(2).substring(0, 4));
        FairBaseline.Cell cell = cells.computeIfAbsent(FairBaseline.key(measure, year), k -> new FairBaseline.Cell());
        cell.value = cell.value.add(r.getBigDecimal(3));
        cell.count += r.getLong(4);
      }
    }
    cells.forEach((key, cell) -> cell.value = cell.value.setScale(baseline.valueScale(key % 1000),
        RoundingMode.UNNECESSARY));
    return baseline.views(cells);
  }

  /** Runs a statement, such as a {@code COPY}. */
  void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  static String quote(Path path) {
    return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
