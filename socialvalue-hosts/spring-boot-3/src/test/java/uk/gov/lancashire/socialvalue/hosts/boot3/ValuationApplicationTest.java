package uk.gov.lancashire.socialvalue.hosts.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import uk.gov.lancashire.socialvalue.json.Documents;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

/** Boots the whole application (Boot's Jackson 2 and the SDK's Jackson 3 together) and posts a document. */
@SpringBootTest
class ValuationApplicationTest {

  /** The example valuation shipped with socialvalue-examples (illustrative figures). */
  static final Path DOCUMENT = Path.of("../../socialvalue-examples/src/main/resources/lancashire/valuation.json");

  @Autowired
  WebApplicationContext context;

  @Autowired
  ObjectMapper bootsJackson2;

  @Autowired
  SocialValueJson json;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  @Test
  void theEndpointAnswersWithTheEnginesResult() throws Exception {
    String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    String expected = json.write(Documents.VALUATION_RESULT, json.read(Documents.VALUATION, document).result());

    MvcResult response = mvc.perform(post("/valuations").contentType(MediaType.APPLICATION_JSON).content(document))
        .andReturn();

    assertThat(response.getResponse().getStatus()).isEqualTo(200);
    String body = response.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(bootsJackson2.readTree(body)).isEqualTo(bootsJackson2.readTree(expected));
    assertThat(bootsJackson2.readTree(body).path("format").asText()).isEqualTo("socialvalue/valuation-result");
  }

  @Test
  void aBadDocumentGetsEveryProblemWithItsPath() throws Exception {
    String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8)
        .replaceFirst("\"currency\": \"GBP\"", "\"currency\": \"GBP\", \"unexpected\": true");

    MvcResult response = mvc.perform(post("/valuations").contentType(MediaType.APPLICATION_JSON).content(document))
        .andReturn();

    assertThat(response.getResponse().getStatus()).isEqualTo(400);
    assertThat(response.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("$.unexpected");
  }

  @Test
  void thePinnedAnnotationsServeBothJacksons() throws Exception {
    // jackson-annotations 2.21 has the annotation Jackson 3.1 databind needs; Boot 3.5's 2.19.2 does not
    assertThat(Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs")).isNotNull();
    assertThat(bootsJackson2.writeValueAsString(java.util.Map.of("a", 1))).isEqualTo("{\"a\":1}");
  }
}
