package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.tender.CredibilityRules;
import uk.gov.lancashire.socialvalue.tender.Criterion;
import uk.gov.lancashire.socialvalue.tender.EvaluationScheme;

/** {@link EvaluationScheme}: criteria, shortlist and credibility (left out when the defaults). */
final class EvaluationSchemeJson {

  /** The codec. */
  static final JsonCodec<EvaluationScheme> CODEC = new JsonCodec<>() {
    @Override
    public EvaluationScheme read(Cursor in) {
      Fields f = Fields.of(in);
      List<Criterion> criteria = f.list("criteria", CriterionJson.CODEC);
      List<MeasureCode> shortlist = f.list("shortlist", MeasureCodeJson.CODEC);
      Optional<CredibilityRules> credibility = f.optional("credibility", CredibilityRulesJson.CODEC);
      return f.build(() -> {
        EvaluationScheme.Builder b = EvaluationScheme.builder().addAllCriteria(criteria).addAllShortlist(shortlist);
        credibility.ifPresent(b::credibility);
        return b.build();
      });
    }

    @Override
    public JsonNode write(EvaluationScheme value) {
      ObjectNode node = Nodes.object();
      node.set("criteria", Nodes.array(value.criteria(), CriterionJson.CODEC));
      node.set("shortlist", Nodes.array(List.copyOf(value.shortlist()), MeasureCodeJson.CODEC));
      if (!value.credibility().equals(CredibilityRules.defaults())) {
        node.set("credibility", CredibilityRulesJson.CODEC.write(value.credibility()));
      }
      return node;
    }
  };

  private EvaluationSchemeJson() {}
}
