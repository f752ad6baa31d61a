package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import javax.money.CurrencyUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;

/**
 * {@link Framework}, a top-level document ({@code "format": "socialvalue/framework"}): id, title,
 * edition, validity, currency, provenance, licenceNote, then the schemes, themes, outcomes, measures
 * and proxy editions as arrays.
 *
 * <p>Every element is read and built on its own, so one document reports the problems of all its
 * elements; the framework's cross-checks (dangling ids, weights, editions) run once every element is
 * sound, and their paths are mapped onto the document ({@code $.measures[2].outcomeId}).
 */
final class FrameworkJson {

  /** The codec. */
  static final JsonCodec<Framework> CODEC = new JsonCodec<>() {
    @Override
    public Framework read(Cursor in) {
      Fields f = Fields.of(in);
      f.marker(Formats.FRAMEWORK);
      String id = f.required("id", Scalars.STRING);
      String title = f.required("title", Scalars.STRING);
      String edition = f.required("edition", Scalars.STRING);
      ValidityPeriod validity = f.required("validity", ValidityPeriodJson.CODEC);
      CurrencyUnit currency = f.required("currency", Scalars.CURRENCY);
      String provenance = f.required("provenance", Scalars.STRING);
      String licenceNote = f.required("licenceNote", Scalars.STRING);
      List<PriorityScheme> schemes = f.list("schemes", PrioritySchemeJson.CODEC);
      List<Theme> themes = f.list("themes", ThemeJson.CODEC);
      List<Outcome> outcomes = f.list("outcomes", OutcomeJson.CODEC);
      List<Measure> measures = f.list("measures", MeasureJson.CODEC);
      List<ProxyEdition> editions = f.list("proxyEditions", ProxyEditionJson.CODEC);
      return f.build(() -> Framework.builder().id(id).title(title).edition(edition).validity(validity)
          .currency(currency).provenance(provenance).licenceNote(licenceNote).addAllSchemes(schemes)
          .addAllThemes(themes).addAllOutcomes(outcomes).addAllMeasures(measures).addAllProxyEditions(editions)
          .build());
    }

    @Override
    public JsonNode write(Framework value) {
      ObjectNode node = Nodes.object();
      node.put("format", Formats.FRAMEWORK);
      node.put("formatVersion", Formats.CURRENT);
      node.setAll((ObjectNode) writeNested(value));
      return node;
    }

    @Override
    public JsonNode writeNested(Framework value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.put("title", value.title());
      node.put("edition", value.edition());
      node.set("validity", ValidityPeriodJson.CODEC.write(value.validity()));
      node.set("currency", Scalars.CURRENCY.write(value.currency()));
      node.put("provenance", value.provenance());
      node.put("licenceNote", value.licenceNote());
      node.set("schemes", Nodes.array(value.schemes(), PrioritySchemeJson.CODEC));
      node.set("themes", Nodes.array(value.themes(), ThemeJson.CODEC));
      node.set("outcomes", Nodes.array(value.outcomes(), OutcomeJson.CODEC));
      node.set("measures", Nodes.array(value.measures(), MeasureJson.CODEC));
      node.set("proxyEditions", Nodes.array(value.proxyEditions(), ProxyEditionJson.CODEC));
      return node;
    }
  };

  private FrameworkJson() {}
}
