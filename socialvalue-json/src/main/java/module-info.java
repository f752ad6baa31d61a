/**
 * socialvalue-json: the optional Jackson 3 wire format for the socialvalue types. Entry points:
 * {@link uk.gov.lancashire.socialvalue.json.SocialValueJson} (a ready mapper with safe limits and
 * document methods) and {@link uk.gov.lancashire.socialvalue.json.SocialValueModule} (the Jackson
 * module, also found through the service loader).
 */
module uk.gov.lancashire.socialvalue.json {
  requires transitive uk.gov.lancashire.socialvalue.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports uk.gov.lancashire.socialvalue.json;

  provides tools.jackson.databind.JacksonModule with uk.gov.lancashire.socialvalue.json.SocialValueModule;
}
