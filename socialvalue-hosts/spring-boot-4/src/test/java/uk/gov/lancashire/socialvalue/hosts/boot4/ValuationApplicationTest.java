package uk.gov.lancashire.socialvalue.hosts.boot4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lancashire.socialvalue.json.Documents;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

/** Boots the whole application and posts the Lancashire valuation document to it. */
@SpringBootTest
class ValuationApplicationTest {

  /** The example valuation shipped with socialvalue-examples (illustrative figures). */
  static final Path DOCUMENT = Path.of("../../socialvalue-examples/src/main/resources/lancashire/valuation.json");

  @Autowired
  WebApplicationContext context;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  @Test
  void theEndpointAnswersWithTheEnginesResult() throws Exception {
    String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    SocialValueJson json = SocialValueJson.standard();
    String expected = json.write(Documents.VALUATION_RESULT, json.read(Documents.VALUATION, document).result());

    MvcResult response = mvc.perform(post("/valuations").contentType(MediaType.APPLICATION_JSON).content(document))
        .andReturn();

    assertThat(response.getResponse().getStatus()).isEqualTo(200);
    String body = response.getResponse().getContentAsString(StandardCharsets.UTF_8);
    JsonMapper plain = JsonMapper.builder().build();
    assertThat(plain.readTree(body)).isEqualTo(plain.readTree(expected));
    assertThat(plain.readTree(body).path("format").asString()).isEqualTo("socialvalue/valuation-result");
  }

  @Test
  void aBadDocumentIsABadRequest() throws Exception {
    String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8)
        .replaceFirst("\"currency\": \"GBP\"", "\"currency\": \"GBP\", \"unexpected\": true");

    MvcResult response = mvc.perform(post("/valuations").contentType(MediaType.APPLICATION_JSON).content(document))
        .andReturn();

    assertThat(response.getResponse().getStatus()).isEqualTo(400);
  }
}
