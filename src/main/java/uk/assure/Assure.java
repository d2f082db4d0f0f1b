package uk.assure;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.assure.audit.cli.AuditCommand;
import uk.assure.indicator.cli.ImportCommand;
import uk.assure.planning.cli.PlanCommand;
import uk.assure.rating.cli.FrameworkCommand;
import uk.assure.rating.cli.RateCommand;
import uk.assure.report.cli.ReportsCommand;
import uk.assure.security.cli.UsersCommand;

/**
 * The {@code assure.jar} entry point. With no command it serves the site; other commands do batch
 * work and start only what they need (the {@code rate} command starts no database).
 */
@Command(
    name = "assure",
    mixinStandardHelpOptions = true,
    description = "Assure: assessing how England's councils meet their adult social care duties.",
    subcommands = {
      ServeCommand.class,
      RateCommand.class,
      FrameworkCommand.class,
      UsersCommand.class,
      AuditCommand.class,
      ImportCommand.class,
      ReportsCommand.class,
      PlanCommand.class
    })
public final class Assure implements Runnable {

  public static void main(String[] args) {
    if (args.length == 0 || isServerOption(args[0])) {
      AssureApplication.serve(args);
      return;
    }
    int exitCode = new CommandLine(new Assure()).execute(args);
    if (exitCode != 0 || !ServeCommand.serving()) {
      System.exit(exitCode);
    }
  }

  /** Spring options such as {@code --server.port=8090} given without a command mean "serve". */
  private static boolean isServerOption(String arg) {
    return arg.startsWith("--") && !arg.equals("--help") && !arg.equals("--version");
  }

  @Override
  public void run() {
    AssureApplication.serve();
  }
}
