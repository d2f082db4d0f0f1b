package uk.assure.security.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;
import uk.assure.Assure;
import uk.assure.shared.cli.ConsoleCapture;

/** {@code assure users add} prints a one-time invitation link, or says clearly what is wrong. */
@Tag("database")
class UsersCommandTest {

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @Test
  void invitesTheFirstAdminAndPrintsTheirLink() {
    int exit = run("users", "add", "--email", "First.Admin@example.org", "--role", "admin");

    assertThat(exit).isZero();
    assertThat(console.out())
        .contains("Invited first.admin@example.org as admin")
        .containsPattern("http://localhost:8080/invitations/[A-Za-z0-9_-]{43}");
  }

  @Test
  void withoutAConfiguredAddressTheLinkUsesTheServersPort() {
    System.setProperty("PORT", "9191");
    try {
      assertThat(run("users", "add", "--email", "second.admin@example.org", "--role", "admin"))
          .isZero();
    } finally {
      System.clearProperty("PORT");
    }
    assertThat(console.out())
        .containsPattern("http://localhost:9191/invitations/[A-Za-z0-9_-]{43}");
  }

  @Test
  void refusesAnUnknownRoleOrACouncilUserWithoutACouncil() {
    assertThat(run("users", "add", "--email", "a@example.org", "--role", "root")).isEqualTo(1);
    assertThat(console.err()).contains("'root' is not a role");

    assertThat(run("users", "add", "--email", "b@example.org", "--role", "council")).isEqualTo(1);
    assertThat(console.err()).contains("GSS code");
  }

  private static int run(String... args) {
    return new CommandLine(new Assure()).execute(args);
  }
}
