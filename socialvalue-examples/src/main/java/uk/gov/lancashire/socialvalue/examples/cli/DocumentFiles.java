package uk.gov.lancashire.socialvalue.examples.cli;

import static uk.gov.lancashire.socialvalue.json.Documents.CONTRACT;
import static uk.gov.lancashire.socialvalue.json.Documents.DELIVERY_REPORT;
import static uk.gov.lancashire.socialvalue.json.Documents.FRAMEWORK;
import static uk.gov.lancashire.socialvalue.json.Documents.MODERATION;
import static uk.gov.lancashire.socialvalue.json.Documents.NEEDS_ANALYSIS;
import static uk.gov.lancashire.socialvalue.json.Documents.PROXY_EDITION;
import static uk.gov.lancashire.socialvalue.json.Documents.STRATEGY_PLAN;
import static uk.gov.lancashire.socialvalue.json.Documents.TENDER;
import static uk.gov.lancashire.socialvalue.json.Documents.VALUATION;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.gov.lancashire.socialvalue.json.Document;
import uk.gov.lancashire.socialvalue.json.JsonProblemsException;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

/**
 * Reads SDK documents through the JSON module's descriptors ({@link uk.gov.lancashire.socialvalue.json.Documents}):
 * any readable document by its {@code "format"} marker with {@link SocialValueJson#readAny(String)}, or one
 * expected kind by its descriptor, so every document the JSON module reads, the tool reads too. Also the one
 * place that says in a few words what a document holds.
 */
final class DocumentFiles {

  /** One line per kind worth more than its name; any other kind is described by its format's name. */
  private static final Map<Document<?>, Function<Object, String>> DESCRIPTIONS = Map.ofEntries(
      line(TENDER, t -> "tender " + t.tender().id() + ", " + t.bids().size() + " bids"),
      line(VALUATION, v -> "valuation, " + v.lines().size() + " outcome lines"),
      line(CONTRACT, c -> "contract " + c.contract().id() + ", " + c.contract().kpis().size() + " KPIs"),
      line(DELIVERY_REPORT, r -> "delivery report, " + r.size() + " records"),
      line(FRAMEWORK, f -> "framework " + f.id() + ", " + f.measures().size() + " measures, "
          + f.proxyEditions().size() + " proxy editions"),
      line(PROXY_EDITION, e -> "proxy edition " + e.reference() + ", " + e.values().size() + " values"),
      line(NEEDS_ANALYSIS, n -> "needs analysis, " + n.areas().size() + " areas, " + n.indicators().size()
          + " indicators"),
      line(STRATEGY_PLAN, p -> "strategy plan " + p.id() + ", " + p.targets().size() + " targets"),
      line(MODERATION, m -> "moderation of tender " + m.tenderId() + ", " + m.decisions().size() + " decisions"));

  private DocumentFiles() {}

  private static <T> Map.Entry<Document<?>, Function<Object, String>> line(Document<T> kind,
      Function<? super T, String> describe) {
    return Map.entry(kind, value -> describe.apply(kind.type().cast(value)));
  }

  /**
   * @param read a document that was read
   * @return what it holds, in a few words
   */
  static String describe(SocialValueJson.Read<?> read) {
    Function<Object, String> line = DESCRIPTIONS.get(read.document());
    if (line != null) {
      return line.apply(read.value());
    }
    String format = read.document().format();
    return format.substring(format.indexOf('/') + 1).replace('-', ' ');
  }

  /**
   * Reads a document of any format the JSON module reads.
   *
   * @param json the reader
   * @param file the file name, for messages
   * @param text the document
   * @return its kind and what it holds
   * @throws CliException listing every problem; an unknown format's problem lists the formats read
   */
  static SocialValueJson.Read<?> read(SocialValueJson json, String file, String text) {
    try {
      return json.readAny(text);
    } catch (RuntimeException e) {
      throw Failures.badInput(file, e);
    }
  }

  /**
   * Reads a document that must be of one kind. A document of another kind gets the one problem that says so,
   * not the many its other shape would raise.
   *
   * @param <T> what it holds
   * @param json the reader
   * @param file the file name, for messages
   * @param text the document
   * @param expected the kind expected, e.g. {@code Documents.FRAMEWORK}
   * @return what it holds
   * @throws CliException listing every problem
   */
  static <T> T read(SocialValueJson json, String file, String text, Document<T> expected) {
    try {
      return json.read(expected, text);
    } catch (JsonProblemsException e) {
      List<CliProblem> problems = Failures.problems(file, e);
      List<CliProblem> format = problems.stream().filter(p -> "$.format".equals(p.path())).toList();
      throw CliException.badInput(format.isEmpty() ? problems : format);
    } catch (RuntimeException e) {
      throw Failures.badInput(file, e);
    }
  }
}
