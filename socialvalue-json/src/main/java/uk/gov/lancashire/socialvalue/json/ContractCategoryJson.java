package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.needs.ContractCategory;

/**
 * {@link ContractCategory}: id, title, measures (an array of distinct measure codes) and themeIds (an
 * array of distinct theme ids). A category is not part of a needs analysis in the core, so it has no
 * document of its own: read it with {@code SocialValueJson.read(text, ContractCategory.class)}.
 */
final class ContractCategoryJson {

  /** The codec. */
  static final JsonCodec<ContractCategory> CODEC = new JsonCodec<>() {
    @Override
    public ContractCategory read(Cursor in) {
      Fields f = Fields.of(in);
      String id = f.required("id", Scalars.STRING);
      String title = f.required("title", Scalars.STRING);
      Set<MeasureCode> measures = f.set("measures", MeasureCodeJson.CODEC);
      Set<String> themeIds = f.set("themeIds", Scalars.STRING);
      return f.build(() -> ContractCategory.builder().id(id).title(title).addAllMeasures(measures)
          .addAllThemeIds(themeIds).build());
    }

    @Override
    public JsonNode write(ContractCategory value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.put("title", value.title());
      node.set("measures", Nodes.array(List.copyOf(value.measures()), MeasureCodeJson.CODEC));
      node.set("themeIds", Nodes.array(List.copyOf(value.themeIds()), Scalars.STRING));
      return node;
    }
  };

  private ContractCategoryJson() {}
}
