package uk.gov.lancashire.socialvalue.hosts.boot3;

import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.lancashire.socialvalue.json.Documents;
import uk.gov.lancashire.socialvalue.json.JsonProblemsException;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.valuation.Valuation;

/** Values a posted {@code socialvalue/valuation} document; a bad one gets every problem, one a line. */
@RestController
class ValuationController {

  private final SocialValueJson json;

  ValuationController(SocialValueJson json) {
    this.json = json;
  }

  @PostMapping(path = "/valuations", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> value(@RequestBody String document) {
    try {
      Valuation valuation = json.read(Documents.VALUATION, document);
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
          .body(json.write(Documents.VALUATION_RESULT, valuation.result()));
    } catch (JsonProblemsException e) {
      return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
          .body(e.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
    }
  }
}
