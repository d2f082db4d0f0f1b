package uk.assure.audit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditChain;
import uk.assure.shared.cli.BatchContext;

/** {@code assure audit verify}: checks that no audit entry has been altered, removed or moved. */
@Command(
    name = "audit",
    description = "Check the audit trail.",
    mixinStandardHelpOptions = true,
    subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Runnable {

  @Override
  public void run() {
    System.err.println("Use: assure audit verify");
  }

  @Command(
      name = "verify",
      description =
          "Check the audit trail's hash chain; exit 1 naming the first broken entry, if any.",
      mixinStandardHelpOptions = true)
  static final class Verify implements Callable<Integer> {

    @Override
    public Integer call() {
      try (var context = BatchContext.start()) {
        AuditChain.Verification result = context.getBean(AuditTrail.class).verify();
        if (result.intact()) {
          System.out.printf(
              "Audit trail intact: %,d %s, last hash %s%n",
              result.entries(), result.entries() == 1 ? "entry" : "entries", result.lastHash());
          return 0;
        }
        AuditChain.Break broken = result.firstBreak().orElseThrow();
        System.out.printf(
            "Audit trail broken at entry %d: %s%n", broken.sequence(), describe(broken.reason()));
        return 1;
      }
    }

    private static String describe(AuditChain.Reason reason) {
      return switch (reason) {
        case ALTERED ->
            "its content does not match its hash, so it was changed after it was written";
        case BROKEN_LINK ->
            "it does not follow from the entry before, so an entry was removed or replaced";
        case MISSING_ENTRY -> "this entry is missing or out of order";
      };
    }
  }
}
