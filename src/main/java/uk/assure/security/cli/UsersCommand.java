package uk.assure.security.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.assure.security.Invitations;
import uk.assure.shared.cli.BatchContext;

/** {@code assure users add}: invite a person, printing their one-time link. */
@Command(
    name = "users",
    description = "Manage the people who can sign in.",
    mixinStandardHelpOptions = true,
    subcommands = {UsersCommand.Add.class})
public final class UsersCommand implements Runnable {

  @Override
  public void run() {
    System.err.println("Use: assure users add --email EMAIL --role ROLE [--council GSS]");
  }

  @Command(
      name = "add",
      description =
          "Invite a person and print a one-time link for them to choose a password (valid 7"
              + " days).",
      mixinStandardHelpOptions = true)
  static final class Add implements Callable<Integer> {

    @Option(names = "--email", required = true, description = "Their email address.")
    String email;

    @Option(
        names = "--role",
        required = true,
        description = "admin, lead_assessor, assessor, analyst, panel or council.")
    String role;

    @Option(names = "--council", description = "For council users: their council's GSS code.")
    String council;

    @Override
    public Integer call() {
      try (var context = BatchContext.start()) {
        Invitations.Outcome outcome =
            context.getBean(Invitations.class).invite(email, role, council, "command line");
        if (outcome instanceof Invitations.Outcome.Invited invited) {
          System.out.println(
              "Invited "
                  + invited.account().email()
                  + " as "
                  + invited.account().role().code()
                  + ". Send them this link, which works once and for 7 days:");
          System.out.println(invited.link());
          return 0;
        }
        System.err.println(((Invitations.Outcome.Refused) outcome).reason());
        return 1;
      }
    }
  }
}
