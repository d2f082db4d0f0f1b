package uk.assure.security.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import uk.assure.Assure;

/** {@code assure users add} prints a one-time invitation link, or says clearly what is wrong. */
class UsersCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void capture() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  @Test
  void invitesTheFirstAdminAndPrintsTheirLink() {
    int exit = run("users", "add", "--email", "First.Admin@example.org", "--role", "admin");

    assertThat(exit).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Invited first.admin@example.org as admin")
        .containsPattern("http://localhost:8080/invitations/[A-Za-z0-9_-]{43}");
  }

  @Test
  void refusesAnUnknownRoleOrACouncilUserWithoutACouncil() {
    assertThat(run("users", "add", "--email", "a@example.org", "--role", "root")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("'root' is not a role");

    assertThat(run("users", "add", "--email", "b@example.org", "--role", "council")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("GSS code");
  }

  private static int run(String... args) {
    return new CommandLine(new Assure()).execute(args);
  }
}
