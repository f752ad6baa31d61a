package uk.gov.lancashire.socialvalue.json.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.json.engine.Codec;
import uk.gov.lancashire.socialvalue.json.engine.In;
import uk.gov.lancashire.socialvalue.json.engine.ListOf;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;
import uk.gov.lancashire.socialvalue.json.engine.Shape;

/**
 * The delivery report document ({@code "format": "socialvalue/delivery-report"}): read whole with {@link
 * #REPORT}, or streamed record by record with {@link #streamed(Consumer)}, straight from the token stream
 * with no per-record tree.
 *
 * <p>Streaming never holds the document: each sound record goes to the consumer as soon as it is read; a
 * bad record does not stop the stream, and its problems are kept (at most {@link In#MAX_PROBLEMS}, the rest
 * counted). Each record may hold at most {@link #MAX_RECORD_TOKENS} tokens and {@link #MAX_RECORD_CHARS}
 * characters of names and strings, so memory stays bounded whatever the input. The format marker must come before
 * {@code "records"}, as every writer puts it.
 */
public final class DeliveryReports {

  /** The most JSON tokens one streamed record may hold (a record has about thirty). */
  public static final int MAX_RECORD_TOKENS = 10_000;
  /** The most characters of strings one streamed record may hold. */
  public static final long MAX_RECORD_CHARS = 4L * 1024 * 1024;

  /** A delivery report document, read whole; each record id once. */
  public static final Shape<List<DeliveryRecord>, Shape.Args> REPORT =
      Shape.<List<DeliveryRecord>>args(a -> uniqueIds(a.get("records")))
          .document("socialvalue/delivery-report", 1, Set.of(1))
          .list("records", DeliveryJson.RECORD, r -> r);

  private DeliveryReports() {}

  /**
   * @param consumer receives each sound record, in document order
   * @return the shape of a delivery report whose records go to the consumer, read as an empty list
   */
  public static Shape<List<DeliveryRecord>, Shape.Args> streamed(Consumer<? super DeliveryRecord> consumer) {
    return streamed(consumer, new long[1]);
  }

  /**
   * @param consumer receives each sound record, in document order
   * @param elements receives, in its first element, how many records the array held, sound or not
   * @return the shape of a delivery report whose records go to the consumer, read as an empty list
   */
  public static Shape<List<DeliveryRecord>, Shape.Args> streamed(Consumer<? super DeliveryRecord> consumer,
      long[] elements) {
    return report(new Stream(consumer, elements));
  }

  private static Shape<List<DeliveryRecord>, Shape.Args> report(Codec<List<DeliveryRecord>> records) {
    return Shape.<List<DeliveryRecord>>args(a -> a.get("records"))
        .document("socialvalue/delivery-report", 1, Set.of(1))
        .withEmpty("records", records, List.of(), r -> r);
  }

  /**
   * A report read whole names each record once: a repeated id is a problem at read time, on its JSON
   * path (counting refuses it too). A streamed report is not checked here, so that its memory stays
   * bounded; counting checks it.
   */
  private static List<DeliveryRecord> uniqueIds(List<DeliveryRecord> records) {
    Problems problems = new Problems();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      Integer earlier = first.putIfAbsent(records.get(i).id(), i);
      problems.check(earlier == null, ProblemPath.of("records").index(i).property("id"),
          "repeats the id of records[" + earlier + "]; each record id may appear once");
    }
    problems.throwIfAny();
    return records;
  }

  /** The records array, each record handed on as soon as it is sound. */
  private static final class Stream implements Codec<List<DeliveryRecord>> {
    private final Consumer<? super DeliveryRecord> consumer;
    private final long[] elements;

    Stream(Consumer<? super DeliveryRecord> consumer, long[] elements) {
      this.consumer = consumer;
      this.elements = elements;
    }

    @Override
    public List<DeliveryRecord> read(In in) {
      if (in.formatVersion() == 0) {
        if (in.count() == 0) {
          in.problem("a streamed socialvalue/delivery-report document must give \"format\" and \"formatVersion\""
              + " before \"records\"");
        }
        in.skip();
        return List.of();
      }
      if (in.token() != JsonToken.START_ARRAY) {
        return Scalars.wrong(in, "must be an array");
      }
      int parserDepth = in.parser().streamReadContext().getNestingDepth();
      in.enter(0);
      int pathDepth = in.depth();
      int i = 0;
      while (in.next() != JsonToken.END_ARRAY) {
        in.index(i++);
        long before = in.count();
        in.budget(MAX_RECORD_TOKENS, MAX_RECORD_CHARS);
        try {
          DeliveryRecord record = DeliveryJson.RECORD.read(in);
          in.budget(Long.MAX_VALUE, Long.MAX_VALUE);
          if (record != null && in.count() == before) {
            consumer.accept(record);
          }
        } catch (In.BudgetExceeded e) {
          in.unwind(pathDepth, parserDepth);
          in.problem("a streamed record may hold at most " + MAX_RECORD_TOKENS + " JSON tokens and "
              + MAX_RECORD_CHARS + " characters of names and strings");
        }
      }
      in.leave();
      elements[0] = i;
      return List.of();
    }

    @Override
    public void write(JsonGenerator out, List<DeliveryRecord> value) {
      ListOf.list(DeliveryJson.RECORD).write(out, value);
    }
  }
}
