package uk.assure.planning.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.BankHolidays;
import uk.assure.journey.domain.WorkingDays;
import uk.assure.planning.BlackoutFile;
import uk.assure.planning.CouncilFile;
import uk.assure.planning.PlanFile;
import uk.assure.planning.PlanningMessages;
import uk.assure.planning.TeamFile;
import uk.assure.planning.domain.Blackout;
import uk.assure.planning.domain.DateRange;
import uk.assure.planning.domain.PlanChecker;
import uk.assure.planning.domain.PlanRow;
import uk.assure.planning.domain.PlannedCouncil;
import uk.assure.planning.domain.PlanningProblem;
import uk.assure.planning.domain.PlanningWeights;
import uk.assure.planning.domain.Programme;
import uk.assure.planning.solver.GreedyPlanner;
import uk.assure.planning.solver.PlanModel;
import uk.assure.planning.solver.ProgrammeSolver;
import uk.assure.planning.solver.Reason;
import uk.assure.shared.csv.RowProblem;
import uk.assure.shared.domain.Refusal;

/**
 * {@code assure plan --team TEAM.csv --from 2027-04-05 --weeks 104 --out PLAN.csv}: plans the
 * programme of assessments of every council with Timefold Solver, without a database.
 *
 * <p>Exit codes: 0 a plan that keeps every hard rule was written; 1 the input was refused (every
 * problem by row and column on standard error); 2 no plan could keep every hard rule (the best plan
 * found is still written, and the rules it breaks are named with their reasons).
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    resourceBundle = "messages",
    exitCodeOnInvalidInput = PlanCommand.REFUSED,
    description = "${bundle:planning.cli.description}")
public final class PlanCommand implements Callable<Integer> {

  static final int PLANNED = 0;
  static final int REFUSED = 1;
  static final int IMPOSSIBLE = 2;
  private static final int REASONS_SHOWN = 10;

  @Option(
      names = "--team",
      required = true,
      paramLabel = "TEAM.csv",
      descriptionKey = "planning.cli.team")
  private Path team;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATE",
      descriptionKey = "planning.cli.from")
  private String from;

  @Option(
      names = "--weeks",
      required = true,
      paramLabel = "WEEKS",
      descriptionKey = "planning.cli.weeks")
  private String weeks;

  @Option(
      names = "--blackouts",
      paramLabel = "BLACKOUTS.csv",
      descriptionKey = "planning.cli.blackouts")
  private Path blackouts;

  @Option(
      names = "--max-visits-per-week",
      defaultValue = "3",
      paramLabel = "N",
      descriptionKey = "planning.cli.max-visits")
  private String maxVisitsPerWeek;

  @Option(
      names = "--seconds",
      defaultValue = "60",
      paramLabel = "SECONDS",
      descriptionKey = "planning.cli.seconds")
  private String seconds;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PLAN.csv",
      descriptionKey = "planning.cli.out")
  private Path out;

  @Option(names = "--councils", paramLabel = "GSS;GSS", descriptionKey = "planning.cli.councils")
  private String scope;

  /** The benchmark's baseline: a greedy plan instead of the solver's. */
  @Option(names = "--greedy", hidden = true)
  private boolean greedy;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    quietSolverLog();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> problems = new ArrayList<>();
    Optional<LocalDate> start = DateRange.date(from);
    if (start.isEmpty()) {
      problems.add(text("planning.cli.bad-from", from));
    }
    int weekCount = number(weeks, 1, 520, "--weeks", problems);
    int capacity = number(maxVisitsPerWeek, 1, 153, "--max-visits-per-week", problems);
    int limit = number(seconds, 1, 86_400, "--seconds", problems);
    for (Path file : blackouts == null ? List.of(team) : List.of(team, blackouts)) {
      if (!Files.isReadable(file)) {
        problems.add(text("planning.cli.unreadable", file));
      }
    }
    WorkingDays calendar = BankHolidays.read();
    Programme programme = null;
    if (problems.isEmpty()) {
      programme = new Programme(start.get(), weekCount, capacity);
      if (!calendar.covers(programme.from()) || !calendar.covers(programme.end())) {
        problems.add(text("planning.cli.calendar", programme.from(), programme.end()));
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(err::println);
      err.flush();
      return REFUSED;
    }
    List<Council> registry = CouncilFile.councils();
    List<Council> councils = registry;
    if (scope != null) {
      List<String> unknown = new ArrayList<>();
      List<Council> chosen = new ArrayList<>();
      for (String code : scope.split(";")) {
        Optional<Council> council =
            GssCode.parse(code)
                .flatMap(gss -> registry.stream().filter(c -> c.gss().equals(gss)).findFirst());
        council.ifPresentOrElse(
            c -> {
              if (!chosen.contains(c)) {
                chosen.add(c);
              }
            },
            () -> unknown.add(code));
      }
      if (!unknown.isEmpty() || chosen.isEmpty()) {
        err.println(text("planning.cli.bad-councils", String.join(";", unknown)));
        err.flush();
        return REFUSED;
      }
      councils = chosen;
    }
    List<RowProblem> rowProblems = new ArrayList<>();
    TeamFile.Result roster = TeamFile.read(team, registry);
    roster.problems().forEach(p -> rowProblems.add(p));
    List<Blackout> periods = List.of();
    if (blackouts != null) {
      BlackoutFile.Result read = BlackoutFile.read(blackouts, registry);
      read.problems().forEach(rowProblems::add);
      periods = read.blackouts();
    }
    if (rowProblems.isEmpty() && roster.people().isEmpty()) {
      err.println(text("planning.cli.no-people", team));
      err.flush();
      return REFUSED;
    }
    if (!rowProblems.isEmpty()) {
      for (RowProblem p : rowProblems) {
        err.println(text("planning.cli.row-problem", p.row(), p.column(), p.value(), p.reason()));
      }
      err.flush();
      return REFUSED;
    }
    PlanningProblem problem =
        new PlanningProblem(
            programme,
            calendar,
            councils.stream().map(c -> new PlannedCouncil(c, 0, false)).toList(),
            roster.people(),
            periods,
            PlanningWeights.defaults());
    ProgrammeSolver solver = new ProgrammeSolver(Duration.ofSeconds(limit));
    ProgrammeSolver.Outcome outcome =
        greedy
            ? solver.score(GreedyPlanner.plan(PlanModel.unsolved(problem)))
            : solver.solve(problem);
    List<PlanRow> rows = PlanModel.rows(outcome.plan(), problem);
    PlanFile.write(rows, out);
    stdout.println(text("planning.cli.written", rows.size(), out, outcome.score()));
    outcome
        .firstFeasible()
        .ifPresent(d -> stdout.println(text("planning.cli.first-feasible", d.toMillis() / 1000.0)));
    stdout.flush();
    if (!outcome.feasible()) {
      err.println(text("planning.cli.impossible"));
      for (ProgrammeSolver.BrokenRule broken : outcome.broken()) {
        err.println(
            text("planning.cli.broken-rule", text(broken.rule().messageKey()), broken.times()));
        broken.reasons().stream()
            .limit(REASONS_SHOWN)
            .forEach(reason -> err.println("  " + words(reason)));
      }
      err.flush();
      return IMPOSSIBLE;
    }
    List<Refusal> unchecked =
        new PlanChecker(programme, calendar, councils, roster.people(), periods).check(rows);
    if (!unchecked.isEmpty()) {
      err.println(text("planning.cli.impossible"));
      unchecked.forEach(
          r -> err.println("  " + r.field() + ": " + text(r.key(), r.arguments().toArray())));
      err.flush();
      return IMPOSSIBLE;
    }
    return PLANNED;
  }

  /** The solver's progress lines would bury the command's own; its warnings still show. */
  private static void quietSolverLog() {
    if (LoggerFactory.getLogger("ai.timefold") instanceof ch.qos.logback.classic.Logger logger) {
      logger.setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }

  private static int number(String given, int min, int max, String option, List<String> problems) {
    if (given.matches("[0-9]{1,9}")) {
      int value = Integer.parseInt(given);
      if (value >= min && value <= max) {
        return value;
      }
    }
    problems.add(text("planning.cli.bad-number", option, given, min, max));
    return min;
  }

  private static String words(Reason reason) {
    return text(reason.key(), reason.arguments().toArray());
  }

  private static String text(String key, Object... arguments) {
    return PlanningMessages.text(key, arguments);
  }
}
