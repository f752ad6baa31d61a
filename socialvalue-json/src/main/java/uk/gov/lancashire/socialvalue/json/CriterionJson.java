package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.tender.Criterion;
import uk.gov.lancashire.socialvalue.tender.CriterionKind;
import uk.gov.lancashire.socialvalue.tender.ScoreBand;
import uk.gov.lancashire.socialvalue.tender.ScoringMethod;

/** {@link Criterion}: id, title, weight, kind, method, maxMark (left out when 5) and bands. */
final class CriterionJson {

  private static final BigDecimal DEFAULT_MAX_MARK = BigDecimal.valueOf(5);

  /** The codec. */
  static final JsonCodec<Criterion> CODEC = new JsonCodec<>() {
    @Override
    public Criterion read(Cursor in) {
      Fields f = Fields.of(in);
      String id = f.required("id", Scalars.STRING);
      String title = f.required("title", Scalars.STRING);
      BigDecimal weight = f.required("weight", Scalars.DECIMAL_STRING);
      CriterionKind kind = f.required("kind", TenderEnumsJson.KIND);
      ScoringMethod method = f.required("method", TenderEnumsJson.METHOD);
      Optional<BigDecimal> maxMark = f.optional("maxMark", Scalars.DECIMAL_STRING);
      List<ScoreBand> bands = f.list("bands", ScoreBandJson.CODEC);
      return f.build(() -> {
        Criterion.Builder b = Criterion.builder().id(id).title(title).weight(weight).kind(kind).method(method)
            .addAllBands(bands);
        maxMark.ifPresent(b::maxMark);
        return b.build();
      });
    }

    @Override
    public JsonNode write(Criterion value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.put("title", value.title());
      node.set("weight", Scalars.DECIMAL_STRING.write(value.weight()));
      node.set("kind", TenderEnumsJson.KIND.write(value.kind()));
      node.set("method", TenderEnumsJson.METHOD.write(value.method()));
      if (!value.maxMark().equals(DEFAULT_MAX_MARK)) {
        node.set("maxMark", Scalars.DECIMAL_STRING.write(value.maxMark()));
      }
      node.set("bands", Nodes.array(value.bands(), ScoreBandJson.CODEC));
      return node;
    }
  };

  private CriterionJson() {}
}
