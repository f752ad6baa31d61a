package uk.gov.lancashire.socialvalue.hosts.boot3;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

/**
 * A Spring Boot 3 application embedding the SDK. Boot 3's web layer speaks Jackson 2; the SDK's wire format is
 * Jackson 3, so the application keeps one {@link SocialValueJson} and passes documents to it as text.
 */
@SpringBootApplication
public class ValuationApplication {

  /**
   * Starts the application.
   *
   * @param args Spring Boot arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(ValuationApplication.class, args);
  }

  /** @return the SDK's reader and writer, with its safe limits (immutable and thread-safe: one per application) */
  @Bean
  SocialValueJson socialValueJson() {
    return SocialValueJson.standard();
  }
}
