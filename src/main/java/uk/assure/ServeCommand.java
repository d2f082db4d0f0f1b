package uk.assure;

import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code assure serve}: the web service (also what the jar does with no command). */
@Command(name = "serve", description = "Serve the Assure web site and API (the default).")
final class ServeCommand implements Runnable {

  private static final AtomicBoolean SERVING = new AtomicBoolean();

  @Unmatched private String[] springArguments = new String[0];

  static boolean serving() {
    return SERVING.get();
  }

  @Override
  public void run() {
    SERVING.set(true);
    AssureApplication.serve(springArguments);
  }
}
