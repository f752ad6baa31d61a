package uk.gov.lancashire.socialvalue.hosts.boot4;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/**
 * Values a posted {@code socialvalue/valuation} document. Boot 4's Jackson 3 mapper reads and writes the SDK's
 * types through {@code SocialValueModule}, which it finds through the module's service file.
 */
@RestController
class ValuationController {

  @PostMapping(path = "/valuations", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ValuationResult value(@RequestBody Valuation valuation) {
    return valuation.result();
  }
}
