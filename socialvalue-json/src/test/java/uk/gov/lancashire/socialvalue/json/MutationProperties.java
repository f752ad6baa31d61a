package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.json.engine.Codec;
import uk.gov.lancashire.socialvalue.json.engine.ListOf;
import uk.gov.lancashire.socialvalue.json.engine.MapOf;
import uk.gov.lancashire.socialvalue.json.engine.Refs;
import uk.gov.lancashire.socialvalue.json.engine.Shape;

/**
 * Valid documents of every readable type, and of every earlier format version still read (a version-1
 * valuation, written back as version 2 and compared in version 1's form), mutated once (truncated, a value retyped, nulled or made huge, a
 * key duplicated or given an alias, an array element repeated, a property dropped): every outcome is
 * either a faithful round trip, or a {@link JsonProblemsException} whose every problem has a path. Never
 * another exception; never a value silently changed (every array keeps its length, every property written
 * back holds what the document held, and a property not written back changes nothing when dropped).
 */
class MutationProperties {

  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** A golden file of every readable document, and of every earlier format version still read. */
  private static final Map<String, Document<?>> SAMPLES = Map.ofEntries(
      Map.entry("sample-framework.json", Documents.FRAMEWORK), Map.entry("sample-edition.json", Documents.PROXY_EDITION),
      Map.entry("sample-needs-analysis.json", Documents.NEEDS_ANALYSIS),
      Map.entry("sample-strategy-plan.json", Documents.STRATEGY_PLAN), Map.entry("sample-tender.json", Documents.TENDER),
      Map.entry("sample-moderation.json", Documents.MODERATION),
      Map.entry("sample-sv-weighting-policies.json", Documents.SV_WEIGHTING_POLICIES),
      Map.entry("sample-contract.json", Documents.CONTRACT),
      Map.entry("sample-delivery-report.json", Documents.DELIVERY_REPORT),
      Map.entry("sample-contract-performance-notice.json", Documents.PERFORMANCE_NOTICE),
      Map.entry("sample-performance-assessment.json", Documents.PERFORMANCE_ASSESSMENT),
      Map.entry("sample-valuation.json", Documents.VALUATION), Map.entry("sample-valuation-v1.json", Documents.VALUATION));
  private static final List<JsonNode> ODD_VALUES = List.of(NODES.stringNode("x"), NODES.numberNode(7),
      NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(), NODES.numberNode(new java.math.BigDecimal("1.5")),
      NODES.nullNode());
  private static final List<String> HUGE = List.of("1e999999999", "123456789012345678901234567890",
      "\"1e999999999\"", "\"99999999999999999999999999999999999999999999\"", "-2147483649");

  private final SocialValueJson json = SocialValueJson.standard();

  enum Kind { TRUNCATE, NULL, RETYPE, HUGE, DUPLICATE_KEY, ALIAS_KEY, REPEAT, DROP }

  record Mutation(String sample, Kind kind, int node, int choice) {}

  @Provide
  Arbitrary<Mutation> mutations() {
    return Combinators.combine(Arbitraries.of(SAMPLES.keySet().stream().sorted().toList()),
        Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 100_000),
        Arbitraries.integers().between(0, 1_000)).as(Mutation::new);
  }

  @Property(tries = 1000)
  void everyMutantIsRefusedWithPathsOrReadFaithfully(@ForAll("mutations") Mutation m) {
    Document<?> document = SAMPLES.get(m.sample());
    JsonNode tree = TREES.readTree(TestFiles.text(m.sample()));
    String text = mutate(tree, m);
    check(document, text, m.sample().endsWith("-v1.json"));
  }

  @Example
  void everyReadableDocumentAndEveryVersionStillReadHasASample() {
    assertThat(SAMPLES.values()).containsAll(Documents.all().stream().filter(Document::readable).toList());
    assertThat(SAMPLES.keySet()).contains("sample-valuation-v1.json");
  }

  private <T> void check(Document<T> document, String text, boolean versionOne) {
    T value;
    try {
      value = json.read(document, text);
    } catch (JsonProblemsException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.path()).startsWith("$"));
      return;
    }
    String written = json.write(document, value);
    T again = json.read(document, written);
    assertThat(again).isEqualTo(value);
    assertThat(json.write(document, again)).isEqualTo(written);
    JsonNode read = TREES.readTree(text);
    JsonNode back = TREES.readTree(written);
    assertFaithful(document, value, document.codec(), read, read, versionOne ? versionOne(back) : back, "$");
  }

  /**
   * @param written a valuation as written (version 2)
   * @return it in version 1's form, to compare with a version-1 document: each line's measure and edition
   *     embedded from the tables, the tables removed
   */
  private static JsonNode versionOne(JsonNode written) {
    ObjectNode v1 = (ObjectNode) written.deepCopy();
    Map<String, JsonNode> declared = new java.util.HashMap<>();
    JsonNode measures = v1.remove("measures");
    JsonNode editions = v1.remove("editions");
    (measures == null ? NODES.arrayNode() : measures).forEach(m -> declared.put("measure " + m.get("code").asString(), m));
    (editions == null ? NODES.arrayNode() : editions).forEach(e -> declared.put("edition " + e.get("id").asString()
        + "@" + e.get("version").asString(), e));
    v1.put("formatVersion", 1);
    for (JsonNode line : v1.path("lines")) {
      for (String ref : List.of("measure", "edition")) {
        if (line.path(ref).isString()) {
          ((ObjectNode) line).set(ref, declared.get(ref + " " + line.get(ref).asString()));
        }
      }
    }
    return v1;
  }

  /** What was written back is what the document held. */
  private <T> void assertFaithful(Document<T> document, T value, Codec<?> codec, JsonNode root, JsonNode given,
      JsonNode written, String path) {
    while (codec instanceof Refs.Wrapped) {
      codec = ((Refs.Wrapped<?>) codec).inner();
    }
    if (codec instanceof Refs.Table) {
      codec = ListOf.list(((Refs.Table<?>) codec).element());
    }
    if (given.isArray()) {
      assertThat(written.size()).as(path + " keeps its length").isEqualTo(given.size());
      Codec<?> element = codec instanceof ListOf ? ((ListOf<?, ?>) codec).element() : null;
      if (codec instanceof ListOf && ((ListOf<?, ?>) codec).isSet()) {
        // a set's order carries no meaning: the same elements, in the core's order
        assertThat(written).as(path).containsExactlyInAnyOrderElementsOf(given);
        return;
      }
      for (int i = 0; i < given.size(); i++) {
        assertFaithful(document, value, element, root, given.get(i), written.get(i), path + "[" + i + "]");
      }
    } else if (given.isObject()) {
      for (String name : new ArrayList<>(given.propertyNames())) { // a copy: a name is dropped and put back
        JsonNode g = given.get(name);
        if (written.has(name)) {
          assertFaithful(document, value, child(codec, name), root, g, written.get(name), path + "." + name);
        } else if (!g.isNull() && !"format".equals(name) && !"formatVersion".equals(name)) {
          ((ObjectNode) given).remove(name);
          assertThat(json.read(document, root.toString())).as(path + "." + name + " changes nothing when dropped")
              .isEqualTo(value);
          ((ObjectNode) given).set(name, g);
        }
      }
    } else if (!given.isNull()) {
      assertThat(written).as(path).isEqualTo(given);
    }
  }

  /** @return the codec of a member of an object read by this codec, or null when unknown */
  private static Codec<?> child(Codec<?> codec, String name) {
    if (codec instanceof MapOf) {
      return ((MapOf<?, ?>) codec).value();
    }
    if (codec instanceof Shape) {
      return ((Shape<?, ?>) codec).properties().stream().filter(p -> p.name().equals(name) && p.codec() != null)
          .map(Shape.Property::codec).findFirst().orElse(null);
    }
    return null;
  }

  private static String mutate(JsonNode tree, Mutation m) {
    if (m.kind() == Kind.TRUNCATE) {
      String text = tree.toString();
      return text.substring(0, m.node() % text.length());
    }
    List<JsonNode> nodes = new ArrayList<>();
    List<JsonNode> parents = new ArrayList<>();
    collect(tree, null, nodes, parents);
    int at = m.node() % nodes.size();
    JsonNode node = nodes.get(at);
    JsonNode parent = parents.get(at);
    switch (m.kind()) {
      case NULL:
        return replace(tree, node, parent, NODES.nullNode().toString());
      case RETYPE:
        return replace(tree, node, parent, ODD_VALUES.get(m.choice() % ODD_VALUES.size()).toString());
      case HUGE:
        return replace(tree, node, parent, HUGE.get(m.choice() % HUGE.size()));
      case DUPLICATE_KEY:
        return objectWith(tree, node, m, false);
      case ALIAS_KEY:
        return objectWith(tree, node, m, true);
      case REPEAT:
        if (node.isArray() && !node.isEmpty()) {
          ((ArrayNode) node).add(node.get(m.choice() % node.size()).deepCopy());
        }
        return tree.toString();
      case DROP:
        if (node.isObject() && !node.isEmpty()) {
          Iterator<String> names = node.propertyNames().iterator();
          String name = names.next();
          for (int i = 0; i < m.choice() % node.size(); i++) {
            name = names.next();
          }
          ((ObjectNode) node).remove(name);
        }
        return tree.toString();
      default:
        throw new IllegalStateException();
    }
  }

  private static void collect(JsonNode node, JsonNode parent, List<JsonNode> nodes, List<JsonNode> parents) {
    nodes.add(node);
    parents.add(parent);
    node.forEach(child -> collect(child, node, nodes, parents));
  }

  /** Replaces a node by raw JSON text (which a tree could not hold, such as 1e999999999). */
  private static String replace(JsonNode tree, JsonNode node, JsonNode parent, String raw) {
    String marker = "\u0000mutant\u0000";
    if (parent == null) {
      return raw;
    }
    if (parent.isArray()) {
      for (int i = 0; i < parent.size(); i++) {
        if (parent.get(i) == node) {
          ((ArrayNode) parent).set(i, NODES.stringNode(marker));
          break;
        }
      }
    } else {
      for (String name : parent.propertyNames()) {
        if (parent.get(name) == node) {
          ((ObjectNode) parent).put(name, marker);
          break;
        }
      }
    }
    return tree.toString().replace(NODES.stringNode(marker).toString(), raw);
  }

  /** Adds to an object a second member under the same key, or under an alias of a key. */
  private static String objectWith(JsonNode tree, JsonNode node, Mutation m, boolean alias) {
    if (!node.isObject() || node.isEmpty()) {
      return tree.toString();
    }
    List<String> names = new ArrayList<>(node.propertyNames());
    String name = names.get(m.choice() % names.size());
    String key = alias ? alias(name) : name;
    if (key.equals(name) && alias) {
      return tree.toString();
    }
    String extra = NODES.stringNode(key) + ":" + node.get(name) + ",";
    String marker = "\u0000mutant\u0000";
    ((ObjectNode) node).put(marker, true);
    String text = tree.toString();
    String member = NODES.stringNode(marker) + ":true";
    int at = text.indexOf(member);
    String before = text.substring(0, at);
    String after = text.substring(at + member.length());
    if (before.endsWith(",")) {
      return before + extra.substring(0, extra.length() - 1) + after;
    }
    return before + extra.substring(0, extra.length() - 1) + (after.startsWith("}") ? "" : ",") + after.substring(
        after.startsWith(",") ? 1 : 0);
  }

  /** Another spelling of a key that a reader might take for the same: a leading zero on its number. */
  private static String alias(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (Character.isDigit(key.charAt(i))) {
        return key.substring(0, i) + "0" + key.substring(i);
      }
    }
    return key.toLowerCase(java.util.Locale.ROOT).equals(key) ? key.toUpperCase(java.util.Locale.ROOT)
        : key.toLowerCase(java.util.Locale.ROOT);
  }
}
