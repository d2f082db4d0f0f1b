package uk.assure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The Assure web service: public rating pages, the staff area and the API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AssureApplication {

  /** Starts the web service and returns once it is serving. */
  public static ConfigurableApplicationContext serve(String... args) {
    return SpringApplication.run(AssureApplication.class, args);
  }
}
