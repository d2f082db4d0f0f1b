package uk.assure.rating.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code assure framework ...}: work with framework files. Starts no database and no web server.
 */
@Command(
    name = "framework",
    mixinStandardHelpOptions = true,
    description = "Work with framework files (themes, quality statements, scores and ratings).",
    subcommands = {CheckFrameworkCommand.class})
public final class FrameworkCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Say what to do, for example: check FILE");
  }
}
