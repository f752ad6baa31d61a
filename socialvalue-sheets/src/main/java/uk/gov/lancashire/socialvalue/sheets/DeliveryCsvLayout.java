package uk.gov.lancashire.socialvalue.sheets;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

/**
 * What every chunk of one CSV file shares: the header (which column is which, found as {@link RowDecoder}
 * finds it), the roll-up plan, its measure codes as bytes, and which statuses count. Immutable.
 */
final class DeliveryCsvLayout {

  private final PortfolioRollup plan;
  private final Set<RecordStatus> counted;
  private final long headerRow;
  private final List<String> header;
  private final Map<DeliveryColumn, Integer> positions = new EnumMap<>(DeliveryColumn.class);
  private final MeasureTable measures;
  final int id;
  final int period;
  final int measure;
  final int quantity;
  final int supplier;
  final int status;
  final int evidence;
  final int locationKind;
  final int location;
  final int share;

  DeliveryCsvLayout(PortfolioRollup plan, Set<RecordStatus> counted, long headerRow, List<String> header) {
    this.plan = plan;
    this.counted = counted.isEmpty() ? EnumSet.noneOf(RecordStatus.class) : EnumSet.copyOf(counted);
    this.headerRow = headerRow;
    this.header = List.copyOf(header);
    for (int c = 0; c < header.size(); c++) {
      String text = header.get(c).trim();
      Optional<DeliveryColumn> column = text.isEmpty() ? Optional.empty() : DeliveryColumn.ofHeader(text);
      if (column.isPresent() && !positions.containsKey(column.get())) {
        positions.put(column.get(), c);
      }
    }
    this.measures = new MeasureTable(plan);
    id = position(DeliveryColumn.ID);
    period = position(DeliveryColumn.PERIOD);
    measure = position(DeliveryColumn.MEASURE);
    quantity = position(DeliveryColumn.QUANTITY);
    supplier = position(DeliveryColumn.SUPPLIER);
    status = position(DeliveryColumn.STATUS);
    evidence = position(DeliveryColumn.EVIDENCE);
    locationKind = position(DeliveryColumn.LOCATION_KIND);
    location = position(DeliveryColumn.LOCATION);
    share = position(DeliveryColumn.SHARE);
  }

  /** @return a decoder of this header writing to the log (which also receives the header's problems) */
  RowDecoder decoder(ProblemLog log) {
    return new RowDecoder("", headerRow, header, log);
  }

  PortfolioRollup plan() {
    return plan;
  }

  MeasureTable measures() {
    return measures;
  }

  boolean counts(RecordStatus s) {
    return counted.contains(s);
  }

  /** @return the column's index in the file, or -1 when the header lacks it */
  int position(DeliveryColumn column) {
    return positions.getOrDefault(column, -1);
  }

  /** The plan's measure codes as written ({@code LT6}), looked up from bytes without making a string. */
  static final class MeasureTable {
    private final byte[][] codes;
    private final int[] slots;
    private final int mask;

    MeasureTable(PortfolioRollup plan) {
      int n = plan.measureCount();
      codes = new byte[n][];
      int size = Integer.highestOneBit(Math.max(4, n * 4) - 1) << 1;
      slots = new int[size];
      mask = size - 1;
      for (int m = 0; m < n; m++) {
        codes[m] = plan.measure(m).toString().getBytes(StandardCharsets.US_ASCII);
        int slot = hash(codes[m], 0, codes[m].length) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = m + 1;
      }
    }

    /** @return the measure index of the code written in {@code b[from, to)}, or -1 */
    int find(byte[] b, int from, int to) {
      if (from < 0) {
        return -1;
      }
      for (int slot = hash(b, from, to) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
        byte[] code = codes[slots[slot] - 1];
        if (code.length == to - from && java.util.Arrays.equals(code, 0, code.length, b, from, to)) {
          return slots[slot] - 1;
        }
      }
      return -1;
    }

    private static int hash(byte[] b, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = h * 31 + b[i];
      }
      return h ^ (h >>> 16);
    }
  }
}
