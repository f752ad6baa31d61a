package uk.gov.lancashire.socialvalue.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;

/**
 * Reads one row of {@link DeliveryColumns national delivery data} into a {@link NationalRecord}, or
 * into every problem the row has. Field syntax (quarter, measure code, decimal) is checked here with the
 * core's parsers; the record itself is built through {@link DeliveryRecord#builder()}, so the SDK's own
 * checks (blank ids, share range, evidence for evidenced and verified records) decide what is valid.
 *
 * <p>One parser serves one partition: it caches the parsed quarters and measure codes it has seen
 * (national data has a few hundred distinct values of each). Not thread-safe.
 */
final class RowParser {

  /** A plain decimal: optional minus, digits, optional fraction; no exponent (an exponent can make a huge number). */
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final int MAX_DECIMAL_LENGTH = 40;
  private static final String COMMITTED = ValueStage.COMMITTED.name();

  private final Framework framework;
  private final Map<String, Integer> positions = new HashMap<>();
  private final int corrupt;
  private final StructType schema;
  private final Map<String, FinancialQuarter> quarters = new HashMap<>();
  private final Map<String, MeasureCode> measures = new HashMap<>();

  /** What a row became: a record, or the problems that kept it out. */
  record Result(@Nullable NationalRecord record, List<Problem> problems) {
    boolean ok() {
      return record != null;
    }
  }

  RowParser(Framework framework, StructType schema) {
    this.framework = framework;
    this.schema = schema;
    for (String column : DeliveryColumns.ALL) {
      int i = indexOf(schema, column);
      if (i >= 0) {
        positions.put(column, i);
      }
    }
    this.corrupt = indexOf(schema, DeliveryColumns.CORRUPT);
  }

  private static int indexOf(StructType schema, String name) {
    return schema.getFieldIndex(name).isDefined() ? (Integer) schema.getFieldIndex(name).get() : -1;
  }

  Result parse(Row row) {
    Problems problems = new Problems();
    if (corrupt >= 0 && !row.isNullAt(corrupt)) {
      problems.add("", "malformed line, not split into the documented columns");
      return new Result(null, problems.list());
    }
    String council = required(row, DeliveryColumns.COUNCIL, problems);
    String contract = required(row, DeliveryColumns.CONTRACT, problems);
    String id = required(row, DeliveryColumns.ID, problems);
    String periodText = required(row, DeliveryColumns.PERIOD, problems);
    String measureText = required(row, DeliveryColumns.MEASURE, problems);
    BigDecimal quantity = decimal(row, DeliveryColumns.QUANTITY, true, problems);
    String supplier = required(row, DeliveryColumns.SUPPLIER, problems);
    String statusText = required(row, DeliveryColumns.STATUS, problems);
    List<String> evidence = evidence(row);
    String claimKey = text(row, DeliveryColumns.CLAIM_KEY);
    BigDecimal share = decimal(row, DeliveryColumns.SHARE, false, problems);
    String localText = text(row, DeliveryColumns.LOCAL);

    if (council != null) {
      problems.check(!council.isBlank() && council.indexOf('/') < 0, DeliveryColumns.COUNCIL,
          "must be a non-blank id without '/', was '" + council + "'");
    }
    if (contract != null) {
      problems.check(!contract.isBlank(), DeliveryColumns.CONTRACT, "must not be blank");
    }
    FinancialQuarter period = periodText == null ? null : quarter(periodText, problems);
    MeasureCode measure = measureText == null ? null : measure(measureText, problems);
    ValueStage stage = statusText == null ? null : stage(statusText, problems);
    LocalStatus local = localText == null ? LocalStatus.UNKNOWN : local(localText, problems);
    if (stage == ValueStage.COMMITTED) {
      problems.check(share == null || share.compareTo(BigDecimal.ONE) == 0, DeliveryColumns.SHARE,
          "a commitment has no share, was " + (share == null ? "" : share.toPlainString()));
    }
    if (!problems.isEmpty() || id == null || supplier == null || quantity == null) {
      return new Result(null, problems.list());
    }
    try {
      DeliveryRecord.Builder b = DeliveryRecord.builder().id(id).period(period).measure(measure).quantity(quantity)
          .supplier(supplier).status(stage == ValueStage.COMMITTED ? RecordStatus.CLAIMED : RecordStatus.valueOf(stage.name()))
          .addAllEvidence(evidence);
      if (claimKey != null) {
        b.claimKey(claimKey);
      }
      if (share != null) {
        b.share(share);
      }
      return new Result(new NationalRecord(council, contract, b.build(), stage, local), List.of());
    } catch (ValidationException e) {
      return new Result(null, e.problems());
    }
  }

  /** @return the row's values, {@code column=value} in schema order, nulls left out: the row as a problem names it */
  String describe(Row row) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < row.length(); c++) {
      if (!row.isNullAt(c) && !schema.fields()[c].name().equals(NationalData.SOURCE)) {
        if (text.length() > 0) {
          text.append(", ");
        }
        Object value = row.get(c);
        text.append(schema.fields()[c].name()).append('=')
            .append(value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : String.valueOf(value));
      }
    }
    return text.toString();
  }

  private @Nullable String text(Row row, String column) {
    int i = index(column);
    if (i < 0 || row.isNullAt(i)) {
      return null;
    }
    Object value = row.get(i);
    return value instanceof String ? (String) value : String.valueOf(value);
  }

  /** @return the row position of a documented column, or -1 when the rows do not have it */
  private int index(String column) {
    Integer i = positions.get(column);
    return i == null ? -1 : i;
  }

  private @Nullable String required(Row row, String column, Problems problems) {
    String value = text(row, column);
    problems.check(value != null, column, "missing");
    return value;
  }

  private @Nullable BigDecimal decimal(Row row, String column, boolean required, Problems problems) {
    int i = index(column);
    if (i < 0 || row.isNullAt(i)) {
      problems.check(!required, column, "missing");
      return null;
    }
    Object value = row.get(i);
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (!(value instanceof String)) {
      problems.add(column, "must be a decimal written as text or a decimal column, not " + value.getClass().getSimpleName()
          + " (a floating-point number is not exact)");
      return null;
    }
    String text = ((String) value).trim();
    if (text.length() > MAX_DECIMAL_LENGTH || !DECIMAL.matcher(text).matches()) {
      problems.add(column, "must be a plain decimal such as 1234.50 (at most " + MAX_DECIMAL_LENGTH
          + " characters, no exponent), was '" + abbreviate((String) value) + "'");
      return null;
    }
    return new BigDecimal(text);
  }

  private List<String> evidence(Row row) {
    int i = index(DeliveryColumns.EVIDENCE);
    if (i < 0 || row.isNullAt(i)) {
      return List.of();
    }
    Object value = row.get(i);
    List<String> refs = new ArrayList<>();
    if (value instanceof scala.collection.Seq) {
      scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) value)
          .forEach(v -> refs.add(String.valueOf(v).trim()));
    } else {
      for (String ref : String.valueOf(value).split(";")) {
        refs.add(ref.trim());
      }
    }
    refs.removeIf(String::isEmpty);
    return refs;
  }

  private @Nullable FinancialQuarter quarter(String text, Problems problems) {
    FinancialQuarter q = quarters.get(text);
    if (q == null) {
      q = problems.attempt(DeliveryColumns.PERIOD, () -> FinancialQuarter.parse(text));
      if (q != null) {
        quarters.put(text, q);
      }
    }
    return q;
  }

  private @Nullable MeasureCode measure(String text, Problems problems) {
    MeasureCode code = measures.get(text);
    if (code == null) {
      code = problems.attempt(DeliveryColumns.MEASURE, () -> MeasureCode.parse(text));
      if (code == null) {
        return null;
      }
      if (framework.measure(code).isEmpty()) {
        problems.add(DeliveryColumns.MEASURE, "no measure " + code + " in framework " + framework.id());
        return null;
      }
      measures.put(text, code);
    }
    return code;
  }

  private static @Nullable ValueStage stage(String text, Problems problems) {
    String name = text.trim().toUpperCase(Locale.ROOT);
    for (ValueStage s : ValueStage.values()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    problems.add(DeliveryColumns.STATUS, "must be CLAIMED, EVIDENCED, VERIFIED, REJECTED or " + COMMITTED + ", was '"
        + abbreviate(text) + "'");
    return null;
  }

  private static @Nullable LocalStatus local(String text, Problems problems) {
    String name = text.trim().toUpperCase(Locale.ROOT);
    for (LocalStatus s : LocalStatus.values()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    problems.add(DeliveryColumns.LOCAL, "must be LOCAL, NOT_LOCAL or UNKNOWN, was '" + abbreviate(text) + "'");
    return null;
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "… (" + text.length() + " characters)";
  }
}
