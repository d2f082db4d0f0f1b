package uk.assure.shared.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.assure.AssureApplication;

/**
 * The application without its web server, for commands that need the database. It stores no
 * demonstration data and logs only warnings, so a command's own output stays readable. Only the
 * parts a command uses are started (lazy initialisation), which takes about a second off each.
 */
public final class BatchContext {

  private BatchContext() {}

  public static ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(AssureApplication.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        .lazyInitialization(true)
        .run("--assure.demo.enabled=false", "--logging.level.root=warn");
  }
}
