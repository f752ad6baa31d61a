package uk.gov.lancashire.socialvalue.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.Framework;

/**
 * The rows of a supplier-returns template for one contract: one row per KPI and quarter of the term, with
 * the record id, quarter, measure, its unit and the quantity committed for the quarter filled in, the prime
 * supplier as reporter and {@code claimed} as status. The supplier fills in the quantity (and evidence); a
 * row left without a quantity is skipped when read and counted in {@link SheetResult#blankRows()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReturnsTemplate {

  private final List<List<String>> rows;

  private ReturnsTemplate(List<List<String>> rows) {
    this.rows = rows;
  }

  /**
   * @param contract the contract, with its KPIs and term
   * @param framework its framework, for the measures' units; empty leaves the unit column blank
   * @return the template
   */
  public static ReturnsTemplate of(Contract contract, Optional<Framework> framework) {
    List<List<String>> rows = new ArrayList<>();
    for (Kpi kpi : contract.kpis()) {
      String unit = framework.flatMap(f -> f.measure(kpi.measure())).map(m -> m.unit().symbol()).orElse("");
      for (var entry : contract.schedule(kpi.measure()).entrySet()) {
        rows.add(row(kpi, entry.getKey(), entry.getValue(), unit, contract.primeSupplier()));
      }
    }
    return new ReturnsTemplate(List.copyOf(rows));
  }

  private static List<String> row(Kpi kpi, FinancialQuarter quarter, BigDecimal committed, String unit,
      String supplier) {
    List<String> cells = new ArrayList<>();
    for (DeliveryColumn column : DeliveryColumn.TEMPLATE_ORDER) {
      switch (column) {
        case ID: cells.add(kpi.measure() + "-" + quarter); break;
        case PERIOD: cells.add(quarter.toString()); break;
        case MEASURE: cells.add(kpi.measure().toString()); break;
        case UNIT: cells.add(unit); break;
        case COMMITTED: cells.add(committed.stripTrailingZeros().toPlainString()); break;
        case SUPPLIER: cells.add(supplier); break;
        case STATUS: cells.add(RecordStatus.CLAIMED.name().toLowerCase(Locale.ROOT)); break;
        default: cells.add("");
      }
    }
    return List.copyOf(cells);
  }

  /** @return the header row: every column's header, in template order */
  public static List<String> header() {
    return DeliveryColumn.TEMPLATE_ORDER.stream().map(DeliveryColumn::header).toList();
  }

  /** @return the data rows, cells in {@link DeliveryColumn#TEMPLATE_ORDER} */
  public List<List<String>> rows() {
    return rows;
  }
}
