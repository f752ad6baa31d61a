package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.tender.CredibilityFlag;
import uk.gov.lancashire.socialvalue.tender.FlagKind;

/** {@link CredibilityFlag}: {@code {"kind": "outside-shortlist", "path": "commitments[2]", "message": "…"}}. */
final class CredibilityFlagJson {

  /** The codec. */
  static final JsonCodec<CredibilityFlag> CODEC = new JsonCodec<>() {
    @Override
    public CredibilityFlag read(Cursor in) {
      Fields f = Fields.of(in);
      FlagKind kind = f.required("kind", TenderEnumsJson.FLAG);
      String path = f.required("path", Scalars.STRING);
      String message = f.required("message", Scalars.STRING);
      return f.build(() -> CredibilityFlag.of(kind, path, message));
    }

    @Override
    public JsonNode write(CredibilityFlag value) {
      ObjectNode node = Nodes.object();
      node.set("kind", TenderEnumsJson.FLAG.write(value.kind()));
      node.put("path", value.path());
      node.put("message", value.message());
      return node;
    }
  };

  private CredibilityFlagJson() {}
}
