package uk.gov.lancashire.socialvalue.examples.cli;

import static uk.gov.lancashire.socialvalue.json.Documents.CONTRACT;
import static uk.gov.lancashire.socialvalue.json.Documents.DELIVERY_REPORT;
import static uk.gov.lancashire.socialvalue.json.Documents.FRAMEWORK;
import static uk.gov.lancashire.socialvalue.json.Documents.NEEDS_ANALYSIS;
import static uk.gov.lancashire.socialvalue.json.Documents.PROXY_EDITION;
import static uk.gov.lancashire.socialvalue.json.Documents.STRATEGY_PLAN;
import static uk.gov.lancashire.socialvalue.json.Documents.TENDER;
import static uk.gov.lancashire.socialvalue.json.Documents.VALUATION;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.json.ContractDocument;
import uk.gov.lancashire.socialvalue.json.TenderDocument;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.targets.StrategyPlan;

/** Reads any SDK document by its {@code "format"} marker, and says in a few words what it holds. */
final class Documents {

  /** A document that was read. */
  static final class Document {
    private final Object value;
    private final String description;

    Document(Object value, String description) {
      this.value = value;
      this.description = description;
    }

    Object value() {
      return value;
    }

    String describe() {
      return description;
    }
  }

  private static final Map<String, BiFunction<SocialValueJson, String, Document>> READERS = Map.of(
      "socialvalue/tender", (json, text) -> {
        TenderDocument t = json.read(TENDER, text);
        return new Document(t, "tender " + t.tender().id() + ", " + t.bids().size() + " bids");
      },
      "socialvalue/valuation", (json, text) -> {
        Valuation v = json.read(VALUATION, text);
        return new Document(v, "valuation, " + v.lines().size() + " outcome lines");
      },
      "socialvalue/contract", (json, text) -> {
        ContractDocument c = json.read(CONTRACT, text);
        return new Document(c, "contract " + c.contract().id() + ", " + c.contract().kpis().size() + " KPIs");
      },
      "socialvalue/delivery-report", (json, text) -> {
        List<DeliveryRecord> records = json.read(DELIVERY_REPORT, text);
        return new Document(records, "delivery report, " + records.size() + " records");
      },
      "socialvalue/framework", (json, text) -> {
        Framework f = json.read(FRAMEWORK, text);
        return new Document(f, "framework " + f.id() + ", " + f.measures().size() + " measures, "
            + f.proxyEditions().size() + " proxy editions");
      },
      "socialvalue/proxy-edition", (json, text) -> {
        ProxyEdition e = json.read(PROXY_EDITION, text);
        return new Document(e, "proxy edition " + e.reference() + ", " + e.values().size() + " values");
      },
      "socialvalue/needs-analysis", (json, text) -> {
        NeedsAnalysis n = json.read(NEEDS_ANALYSIS, text);
        return new Document(n, "needs analysis, " + n.areas().size() + " areas, " + n.indicators().size()
            + " indicators");
      },
      "socialvalue/strategy-plan", (json, text) -> {
        StrategyPlan p = json.read(STRATEGY_PLAN, text);
        return new Document(p, "strategy plan " + p.id() + ", " + p.targets().size() + " targets");
      });

  private Documents() {}

  /**
   * Reads a document of any known format.
   *
   * @param json the reader
   * @param file the file name, for messages
   * @param text the document
   * @return the document
   * @throws SocialValueCli.BadInputException listing every problem
   */
  static Document read(SocialValueJson json, String file, String text) {
    String format = format(json, file, text);
    BiFunction<SocialValueJson, String, Document> reader = READERS.get(format);
    if (reader == null) {
      throw new SocialValueCli.BadInputException(List.of(file + ": $.format: unknown format '" + format
          + "'; this tool reads " + READERS.keySet().stream().sorted().toList()));
    }
    try {
      return reader.apply(json, text);
    } catch (RuntimeException e) {
      throw SocialValueCli.problems(file, e);
    }
  }

  /**
   * Reads a document that must have one format.
   *
   * @param <T> what it holds
   * @param json the reader
   * @param file the file name
   * @param text the document
   * @param expected the format expected
   * @param type what it holds
   * @return the value
   */
  static <T> T read(SocialValueJson json, String file, String text, String expected, Class<T> type) {
    String format = format(json, file, text);
    if (!expected.equals(format)) {
      throw new SocialValueCli.BadInputException(List.of(file + ": $.format: expected '" + expected + "', was '"
          + format + "'"));
    }
    return type.cast(read(json, file, text).value());
  }

  private static String format(SocialValueJson json, String file, String text) {
    JsonNode tree;
    try {
      tree = json.mapper().readTree(text);
    } catch (JacksonException e) {
      throw SocialValueCli.problems(file, e);
    }
    JsonNode format = tree == null ? null : tree.get("format");
    if (format == null || !format.isString()) {
      throw new SocialValueCli.BadInputException(List.of(file + ": $.format: missing; a document starts with "
          + "\"format\": \"socialvalue/...\""));
    }
    return format.asString();
  }

}
