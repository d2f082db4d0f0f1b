package uk.assure.shared.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Catches what a command prints to standard output and standard error during each test, and puts
 * the real streams back afterwards. Register it with {@code @RegisterExtension final ConsoleCapture
 * console = new ConsoleCapture();}.
 */
public final class ConsoleCapture implements BeforeEachCallback, AfterEachCallback {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @Override
  public void beforeEach(ExtensionContext context) {
    out.reset();
    err.reset();
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  /** What was printed to standard output so far in this test. */
  public String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What was printed to standard error so far in this test. */
  public String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
