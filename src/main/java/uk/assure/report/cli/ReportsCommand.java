package uk.assure.report.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.assure.council.domain.GssCode;
import uk.assure.report.ReportFiles;
import uk.assure.report.ReportTargets;
import uk.assure.report.ReportUnavailable;
import uk.assure.shared.cli.BatchContext;

/**
 * {@code assure reports generate --all --out DIR [--threads N]}: writes every council's latest
 * report as HTML and PDF, several at once, printing a line as each is done.
 */
@Command(
    name = "reports",
    description = "Generate assessment reports as files.",
    mixinStandardHelpOptions = true,
    subcommands = {ReportsCommand.Generate.class})
public final class ReportsCommand implements Runnable {

  @Override
  public void run() {
    System.err.println(
        "Use: assure reports generate (--all | --council GSS ...) --out DIR [--threads N]");
  }

  @Command(
      name = "generate",
      description =
          "Write each council's latest assessment report as report-GSS.html and report-GSS.pdf"
              + " in DIR, in parallel.",
      mixinStandardHelpOptions = true)
  static final class Generate implements Callable<Integer> {

    @Option(names = "--all", description = "Every council with an assessment.")
    boolean all;

    @Option(
        names = "--council",
        description = "A council's GSS code; repeat for several. Instead of --all.")
    List<String> councils = new ArrayList<>();

    @Option(names = "--out", required = true, description = "The folder to write the files to.")
    Path out;

    @Option(
        names = "--threads",
        description = "How many reports to make at once (default: the number of processors).")
    Integer threads;

    @Option(
        names = "--no-demo",
        description = "Leave out councils whose only assessment is demonstration data.")
    boolean noDemo;

    @Override
    public Integer call() throws Exception {
      if (all == !councils.isEmpty()) {
        System.err.println("Give either --all or one or more --council GSS codes.");
        return 2;
      }
      List<GssCode> codes = new ArrayList<>();
      for (String code : councils) {
        Optional<GssCode> gss = GssCode.parse(code);
        if (gss.isEmpty()) {
          System.err.println("\"" + code + "\" is not a GSS code, like E09000007.");
          return 2;
        }
        codes.add(gss.get());
      }
      int processors = Runtime.getRuntime().availableProcessors();
      int workers = threads == null ? processors : threads;
      if (workers < 1 || workers > 4 * processors) {
        System.err.println(
            "--threads must be from 1 to " + 4 * processors + " on this machine, not " + workers);
        return 2;
      }
      Files.createDirectories(out);
      if (!Files.isWritable(out)) {
        System.err.println("Cannot write to " + out);
        return 2;
      }
      try (var context = BatchContext.start()) {
        List<ReportTargets.Target> targets =
            context.getBean(ReportTargets.class).latestPerCouncil(!noDemo, codes);
        if (targets.isEmpty()) {
          System.err.println("No assessments to make reports for.");
          return 1;
        }
        ReportFiles files = context.getBean(ReportFiles.class);
        System.out.printf(
            "Generating %d %s in %s with %d %s%n",
            targets.size(),
            targets.size() == 1 ? "report" : "reports",
            out.toAbsolutePath(),
            workers,
            workers == 1 ? "thread" : "threads");
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
          List<Future<?>> running = new ArrayList<>();
          for (ReportTargets.Target target : targets) {
            running.add(
                pool.submit(
                    () -> {
                      long began = System.nanoTime();
                      String outcome;
                      try {
                        ReportFiles.Written written = files.write(target.assessment(), out);
                        outcome =
                            String.format(
                                "%s, %s (%,d KB PDF)",
                                written.html().getFileName(),
                                written.pdf().getFileName(),
                                written.report().pdf().length / 1024);
                      } catch (ReportUnavailable e) {
                        failed.incrementAndGet();
                        outcome =
                            "failed: "
                                + context.getMessage(
                                    e.messageKey(), e.arguments().toArray(), Locale.UK);
                      } catch (Exception e) {
                        failed.incrementAndGet();
                        outcome = "failed: " + e;
                      }
                      System.out.printf(
                          "[%d/%d] %s %s in %.2f s%n",
                          done.incrementAndGet(),
                          targets.size(),
                          target.council().value(),
                          outcome,
                          (System.nanoTime() - began) / 1e9);
                    }));
          }
          for (Future<?> task : running) {
            task.get();
          }
        } finally {
          pool.shutdown();
          pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "Generated %d of %d reports in %.1f s (%.1f a second), %d failed%n",
            targets.size() - failed.get(),
            targets.size(),
            seconds,
            (targets.size() - failed.get()) / seconds,
            failed.get());
        return failed.get() == 0 ? 0 : 1;
      }
    }
  }
}
