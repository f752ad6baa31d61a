package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;
import uk.gov.lancashire.socialvalue.json.engine.Codec;
import uk.gov.lancashire.socialvalue.json.engine.ListOf;
import uk.gov.lancashire.socialvalue.json.engine.Refs;
import uk.gov.lancashire.socialvalue.json.engine.MapOf;
import uk.gov.lancashire.socialvalue.json.engine.Shape;

/**
 * The checked-in JSON Schemas and the shape declarations say the same thing: walking each document's
 * declaration beside its schema, every object has the same property names, and the same required ones.
 * A property added to a declaration and not to its schema (or the other way round) fails here. (An
 * array or map reads as empty when absent and is always written, so a schema may list it as required.)
 */
class SchemaDeclarationTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private final Map<String, JsonNode> files = new HashMap<>();
  private final List<String> mismatches = new ArrayList<>();
  private final Map<Object, Set<JsonNode>> seen = new IdentityHashMap<>();

  @Test
  void everyDeclarationMatchesItsSchema() {
    for (Document<?> document : Documents.all()) {
      String file = document.format().substring("socialvalue/".length()) + ".schema.json";
      walk(document.codec(), file, file(file), document.format(), true);
    }
    assertThat(mismatches).isEmpty();
  }

  private void walk(Codec<?> codec, String file, JsonNode schema, String where, boolean root) {
    if (codec == BasicsJson.MONEY) {
      codec = BasicsJson.moneyShape();
    }
    while (codec instanceof Refs.Wrapped) { // a reference is read as its embedded value; a property as its codec
      codec = ((Refs.Wrapped<?>) codec).inner();
    }
    if (codec instanceof Refs.Table) {
      codec = ListOf.list(((Refs.Table<?>) codec).element());
    }
    JsonNode beside = schema.path("required"); // "required" beside a "$ref" adds to the target's
    Map.Entry<String, JsonNode> at = resolve(file, schema);
    file = at.getKey();
    schema = at.getValue();
    if (codec instanceof ListOf) {
      walk(((ListOf<?, ?>) codec).element(), file, schema.path("items"), where + "[]", false);
    } else if (codec instanceof MapOf) {
      walk(((MapOf<?, ?>) codec).value(), file, schema.path("additionalProperties"), where + ".*", false);
    } else if (codec instanceof Shape) {
      if (!seen.computeIfAbsent(codec, c -> java.util.Collections.newSetFromMap(new IdentityHashMap<>()))
          .add(schema)) {
        return;
      }
      compare((Shape<?, ?>) codec, file, schema, beside, where, root);
    }
  }

  private void compare(Shape<?, ?> shape, String file, JsonNode schema, JsonNode beside, String where,
      boolean root) {
    List<JsonNode> branches = new ArrayList<>();
    if (schema.has("properties")) {
      branches.add(schema);
    }
    for (String combiner : List.of("oneOf", "anyOf", "allOf")) {
      schema.path(combiner).forEach(b -> branches.add(resolve(file, b).getValue()));
    }
    Set<String> schemaNames = new TreeSet<>();
    Set<String> schemaRequired = new TreeSet<>();
    for (JsonNode b : branches) {
      b.path("properties").propertyNames().forEach(schemaNames::add);
      if (branches.size() == 1) {
        b.path("required").forEach(r -> schemaRequired.add(r.asString()));
      }
    }
    beside.forEach(r -> schemaRequired.add(r.asString()));
    Set<String> declared = new TreeSet<>();
    Set<String> required = new TreeSet<>();
    // an array or map absent from a document reads as empty and is always written: a schema may require it
    shape.properties().stream().filter(p -> p.codec() instanceof ListOf || p.codec() instanceof MapOf
        || p.codec() instanceof Refs.Table || p.codec() instanceof Refs.Wrapped)
        .forEach(p -> schemaRequired.remove(p.name()));
    for (Shape.Property p : shape.properties()) {
      boolean marker = p.codec() == null;
      if (marker && !root && !schemaNames.contains(p.name())) {
        continue;
      }
      declared.add(p.name());
      if (p.required() && (!marker || root)) {
        required.add(p.name());
      }
    }
    if (!declared.equals(schemaNames)) {
      mismatches.add(where + " (" + file + "): declared " + declared + " but the schema has " + schemaNames);
    }
    if (branches.size() == 1) {
      schemaRequired.removeIf(n -> !root && (n.equals("format") || n.equals("formatVersion")));
      if (!required.equals(schemaRequired)) {
        mismatches.add(where + " (" + file + "): declared required " + required + " but the schema requires "
            + schemaRequired);
      }
    }
    for (Shape.Property p : shape.properties()) {
      if (p.codec() != null) {
        for (JsonNode b : branches) {
          if (b.path("properties").has(p.name())) {
            walk(p.codec(), file, b.path("properties").path(p.name()), where + "." + p.name(), false);
            break;
          }
        }
      }
    }
  }

  private Map.Entry<String, JsonNode> resolve(String file, JsonNode schema) {
    while (schema.has("$ref")) {
      String ref = schema.path("$ref").asString();
      int hash = ref.indexOf('#');
      String target = hash == 0 ? file : ref.substring(0, hash < 0 ? ref.length() : hash);
      JsonNode node = file(target);
      if (hash >= 0) {
        for (String part : ref.substring(hash + 1).split("/")) {
          if (!part.isEmpty()) {
            node = node.path(part);
          }
        }
      }
      file = target;
      schema = node;
    }
    return Map.entry(file, schema);
  }

  private JsonNode file(String name) {
    return files.computeIfAbsent(name, n -> {
      try (InputStream in = getClass().getResourceAsStream("/uk/gov/lancashire/socialvalue/json/schema/" + n)) {
        return MAPPER.readTree(in);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }
}
