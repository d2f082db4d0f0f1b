package uk.assure.rating.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.assure.framework.FrameworkCheck;
import uk.assure.framework.FrameworkFile;
import uk.assure.framework.domain.Framework;
import uk.assure.rating.domain.PublishedRatingRules;
import uk.assure.shared.yaml.YamlProblem;

/**
 * {@code assure framework check FILE}: whether a revised framework file can be used, so that it can
 * be corrected before Assure is started with it. Exits 0 when it is valid, 1 when it has problems.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check a framework file before starting Assure with it.",
      "Prints 'valid: N themes, N statements', or every problem with its line, and exits 1."
    })
final class CheckFrameworkCommand implements Callable<Integer> {

  static final int INVALID = 1;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The framework YAML file.")
  private Path file;

  @Override
  public Integer call() {
    FrameworkCheck check = FrameworkFile.check(file, PublishedRatingRules.RULES);
    if (check instanceof FrameworkCheck.Invalid invalid) {
      PrintWriter err = spec.commandLine().getErr();
      int count = invalid.problems().size();
      err.println("invalid: " + file + " has " + count + (count == 1 ? " problem:" : " problems:"));
      for (YamlProblem problem : invalid.problems()) {
        err.println("  - " + problem);
      }
      err.flush();
      return INVALID;
    }
    Framework framework = check.framework();
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "valid: "
            + framework.themes().size()
            + " themes, "
            + framework.statements().size()
            + " statements");
    out.flush();
    return 0;
  }
}
