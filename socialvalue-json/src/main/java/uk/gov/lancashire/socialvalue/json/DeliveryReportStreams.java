package uk.gov.lancashire.socialvalue.json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;

/**
 * Reads a delivery report record by record with Jackson's streaming parser, never holding the whole
 * document: each record is read into a small tree (at most {@link #MAX_RECORD_TOKENS} tokens), checked
 * with the same codec as the tree-based reader, and handed to the consumer when it is sound.
 *
 * <p>Bad records do not stop the stream: their problems are collected, with their JSON paths ({@code
 * $.records[12345].quantity: …}), the good records still reach the consumer, and one {@link
 * JsonProblemsException} listing the problems is thrown at the end. At most {@link #MAX_PROBLEMS}
 * problems are kept (a last problem counts the rest), so memory stays bounded whatever the input. A
 * syntax error or a broken limit stops the stream at once (the rest cannot be parsed), and so does a
 * wrong or missing format marker, which must come before {@code "records"}, as every writer puts it.
 */
final class DeliveryReportStreams {

  /** The most problems listed; the rest are counted. */
  static final int MAX_PROBLEMS = 1000;
  /** The most JSON tokens one streamed record may hold (a record has about thirty). */
  static final int MAX_RECORD_TOKENS = 10_000;
  /** The most characters (property names and strings) one streamed record may hold: memory stays bounded. */
  static final long MAX_RECORD_CHARS = 4L * 1024 * 1024;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonParser parser;
  private final ReadOptions options;
  private final List<Problem> problems = new ArrayList<>();
  private long unlisted;
  private int budget;
  private long chars;

  private DeliveryReportStreams(JsonParser parser, ReadOptions options) {
    this.parser = parser;
    this.options = options;
  }

  /**
   * @param parser a parser at the start of the document; closed when done
   * @param options the reading options
   * @param consumer receives each sound record, in document order
   * @return how many records the consumer received
   * @throws JsonProblemsException after the last record, when any record or the document had problems
   */
  static long read(JsonParser parser, ReadOptions options, Consumer<? super DeliveryRecord> consumer) {
    DeliveryReportStreams stream = new DeliveryReportStreams(parser, options);
    try (parser) {
      return stream.document(consumer);
    } catch (JacksonException e) {
      if (e instanceof JsonProblemsException) {
        throw e;
      }
      stream.add(SocialValueJson.pathOf(e, parser), e.getOriginalMessage() + " (at "
          + SocialValueJson.whereStopped(e, parser) + ")");
      throw new JsonProblemsException(stream.listed(), e);
    }
  }

  private long document(Consumer<? super DeliveryRecord> consumer) {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw failure(List.of(Problem.of("$", "the document is empty")));
    }
    if (first != JsonToken.START_OBJECT) {
      throw failure(List.of(Problem.of("$", "must be an object, was " + Describe.node(tree()))));
    }
    ObjectNode header = NODES.objectNode();
    boolean markerChecked = false;
    long delivered = 0;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if ("format".equals(name) || "formatVersion".equals(name)) {
        header.set(name, tree());
      } else if (DeliveryReportJson.RECORDS.equals(name)) {
        checkMarker(header, true);
        markerChecked = true;
        delivered += records(consumer);
      } else {
        if (options.rejectUnknownProperties()) {
          add(Cursor.childPath("$", name), "unknown property; expected one of [format, formatVersion, records]");
        }
        parser.skipChildren();
      }
    }
    if (!markerChecked) {
      checkMarker(header, false);
    }
    if (parser.nextToken() != null) {
      add("$", "unexpected content after the end of the document at "
          + parser.currentLocation().offsetDescription());
    }
    if (!problems.isEmpty()) {
      throw failure(listed());
    }
    return delivered;
  }

  /** Checks the marker with the tree reader's own rules; before the records a bad one stops the stream. */
  private void checkMarker(ObjectNode header, boolean beforeRecords) {
    Reading reading = new Reading(options, true);
    Fields.of(reading.root(header)).marker(Formats.DELIVERY_REPORT);
    if (beforeRecords && header.isEmpty()) {
      throw failure(List.of(Problem.of("$.records", "a streamed " + Formats.DELIVERY_REPORT + " document must give"
          + " \"format\" and \"formatVersion\" before \"records\"")));
    }
    if (reading.count() > 0) {
      problems.addAll(reading.problems());
      throw failure(listed());
    }
  }

  private long records(Consumer<? super DeliveryRecord> consumer) {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return 0;
    }
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      add("$.records", "must be an array, was " + Describe.node(tree()));
      return 0;
    }
    long delivered = 0;
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String path = "$.records[" + index++ + "]";
      budget = MAX_RECORD_TOKENS;
      chars = MAX_RECORD_CHARS;
      JsonNode node = tree();
      if (budget < 0) {
        add(path, "a streamed record may hold at most " + MAX_RECORD_TOKENS + " JSON tokens and "
            + MAX_RECORD_CHARS + " characters of names and strings");
        continue;
      }
      Reading reading = new Reading(options, false);
      DeliveryRecord record = DeliveryRecordJson.CODEC.read(new Cursor(node, path, reading));
      if (reading.count() > 0 || record == null) {
        reading.problems().forEach(p -> add(p.path(), p.message()));
      } else {
        consumer.accept(record);
        delivered++;
      }
    }
    return delivered;
  }

  /** Spends characters of the record's budget; past it, the token budget is spent too, so nothing more is kept. */
  private void spend(int length) {
    chars -= length;
    if (chars < 0) {
      budget = -1;
    }
  }

  /** Reads the value at the current token as a tree, spending the token budget; past it, only skips. */
  private JsonNode tree() {
    budget--;
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          spend(name.length());
          parser.nextToken();
          JsonNode value = tree();
          if (budget >= 0) {
            object.set(name, value);
          }
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          JsonNode value = tree();
          if (budget >= 0) {
            array.add(value);
          }
        }
        return array;
      }
      case VALUE_STRING: {
        String text = parser.getString();
        spend(text.length()); // one string is bounded by the string limit; containers drop it past the budget
        return NODES.stringNode(text);
      }
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      default:
        return NODES.nullNode();
    }
  }

  private void add(String path, String message) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(Problem.of(path, message));
    } else {
      unlisted++;
    }
  }

  private List<Problem> listed() {
    if (unlisted == 0) {
      return problems;
    }
    List<Problem> all = new ArrayList<>(problems);
    all.add(Problem.of("$", "and " + unlisted + " more problems, not listed"));
    return all;
  }

  private JsonProblemsException failure(List<Problem> found) {
    return new JsonProblemsException(parser, found);
  }
}
