package uk.assure.planning.solver;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionCacheType;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import uk.assure.planning.domain.HardRule;
import uk.assure.planning.domain.PlanningProblem;

/**
 * Solves a programme with Timefold Solver: its construction heuristic, then local search for the
 * time allowed. Runs in the calling thread; the time to the first plan that breaks no hard rule is
 * recorded for the benchmark.
 */
public final class ProgrammeSolver {

  private final SolverFactory<ProgrammePlan> factory;
  private final SolutionManager<ProgrammePlan, HardSoftLongScore> solutions;

  public ProgrammeSolver(Duration limit) {
    this.factory =
        SolverFactory.create(
            new SolverConfig()
                .withSolutionClass(ProgrammePlan.class)
                .withEntityClasses(Visit.class, Seat.class)
                .withConstraintProviderClass(PlanningConstraints.class)
                .withPhases(
                    construct(Visit.class, "week"),
                    construct(Seat.class, "person"),
                    new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(
                            new UnionMoveSelectorConfig()
                                .withMoveSelectors(
                                    change(Visit.class, "week"),
                                    swap(Visit.class, "week"),
                                    change(Seat.class, "person"),
                                    swap(Seat.class, "person"))))
                .withTerminationConfig(
                    new TerminationConfig()
                        .withSpentLimit(limit)
                        .withBestScoreLimit("0hard/0soft")));
    this.solutions = SolutionManager.create(factory);
  }

  /** First the weeks, then the people: each class of entity in a phase of its own. */
  private static ConstructionHeuristicPhaseConfig construct(Class<?> entity, String variable) {
    String placer = entity.getSimpleName() + "Placer";
    return new ConstructionHeuristicPhaseConfig()
        .withEntityPlacerConfig(
            new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(
                    new EntitySelectorConfig()
                        .withId(placer)
                        .withEntityClass(entity)
                        .withCacheType(SelectionCacheType.PHASE)
                        .withSelectionOrder(
                            entity == Seat.class ? SelectionOrder.SORTED : SelectionOrder.ORIGINAL)
                        .withSorterComparatorClass(entity == Seat.class ? SeatOrder.class : null))
                .withMoveSelectorConfigs(
                    new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(
                            new EntitySelectorConfig().withMimicSelectorRef(placer))
                        .withValueSelectorConfig(new ValueSelectorConfig(variable))
                        .withFilterClass(SeatMoveFilters.CandidateChange.class)));
  }

  private static ChangeMoveSelectorConfig change(Class<?> entity, String variable) {
    return new ChangeMoveSelectorConfig()
        .withEntitySelectorConfig(new EntitySelectorConfig(entity))
        .withValueSelectorConfig(new ValueSelectorConfig(variable))
        .withFilterClass(SeatMoveFilters.CandidateChange.class);
  }

  private static SwapMoveSelectorConfig swap(Class<?> entity, String variable) {
    return new SwapMoveSelectorConfig()
        .withEntitySelectorConfig(new EntitySelectorConfig(entity))
        .withVariableNameIncludes(variable)
        .withFilterClass(SeatMoveFilters.CandidateSwap.class);
  }

  /** A solved plan, with when it first became feasible and the rules it still breaks. */
  public record Outcome(
      ProgrammePlan plan, Optional<Duration> firstFeasible, List<BrokenRule> broken) {

    public HardSoftLongScore score() {
      return plan.getScore();
    }

    public boolean feasible() {
      return broken.isEmpty();
    }
  }

  /** A hard rule the plan breaks, with the reason for each time it does. */
  public record BrokenRule(HardRule rule, long times, List<Reason> reasons) {}

  public Outcome solve(PlanningProblem problem) {
    ProgrammePlan unsolved = PlanModel.unsolved(problem);
    Solver<ProgrammePlan> solver = factory.buildSolver();
    long started = System.nanoTime();
    AtomicReference<Duration> firstFeasible = new AtomicReference<>();
    solver.addEventListener(
        event -> {
          if (firstFeasible.get() == null
              && event.isEveryProblemChangeProcessed()
              && event.getNewBestScore().isSolutionInitialized()
              && event.getNewBestScore().isFeasible()) {
            firstFeasible.set(Duration.ofNanos(System.nanoTime() - started));
          }
        });
    ProgrammePlan solved = solver.solve(unsolved);
    return new Outcome(solved, Optional.ofNullable(firstFeasible.get()), broken(solved));
  }

  /** The score of a plan made some other way (the benchmark's greedy baseline). */
  public Outcome score(ProgrammePlan plan) {
    solutions.update(plan);
    return new Outcome(plan, Optional.empty(), broken(plan));
  }

  private List<BrokenRule> broken(ProgrammePlan plan) {
    ScoreAnalysis<HardSoftLongScore> analysis = solutions.analyze(plan);
    List<BrokenRule> broken = new ArrayList<>();
    for (ConstraintAnalysis<HardSoftLongScore> constraint : analysis.constraintAnalyses()) {
      if (constraint.score().hardScore() >= 0) {
        continue;
      }
      HardRule rule =
          HardRule.named(constraint.constraintName())
              .orElseThrow(() -> new IllegalStateException(constraint.constraintName()));
      List<Reason> reasons = new ArrayList<>();
      for (MatchAnalysis<HardSoftLongScore> match : constraint.matches()) {
        if (match.justification() instanceof Reason reason) {
          reasons.add(reason);
        }
      }
      broken.add(new BrokenRule(rule, constraint.matchCount(), reasons));
    }
    broken.sort(Comparator.comparing(BrokenRule::rule));
    return broken;
  }
}
