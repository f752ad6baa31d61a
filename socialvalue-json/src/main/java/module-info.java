/**
 * socialvalue-json: the optional Jackson 3 wire format for every socialvalue type.
 */
module uk.gov.lancashire.socialvalue.json {
  requires transitive uk.gov.lancashire.socialvalue.core;
  requires transitive tools.jackson.databind;
}
