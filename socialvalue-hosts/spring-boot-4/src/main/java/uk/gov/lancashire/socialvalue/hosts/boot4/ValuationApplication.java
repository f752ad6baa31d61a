package uk.gov.lancashire.socialvalue.hosts.boot4;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot 4 application embedding the SDK: {@code POST /valuations} values a valuation document. */
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
}
