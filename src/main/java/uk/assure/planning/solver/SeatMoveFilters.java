package uk.assure.planning.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;

/**
 * Keeps the solver from trying people in places they can never take (an external lead, a conflicted
 * owner), so that its time goes on moves that can help. The constraints still check every place, so
 * a plan with nobody who fits is reported rather than hidden.
 */
final class SeatMoveFilters {

  private SeatMoveFilters() {}

  /** A person put into a place must be one of its candidates. */
  public static final class CandidateChange
      implements SelectionFilter<ProgrammePlan, ChangeMove<ProgrammePlan>> {

    @Override
    public boolean accept(
        ScoreDirector<ProgrammePlan> scoreDirector, ChangeMove<ProgrammePlan> move) {
      return !(move.getEntity() instanceof Seat seat)
          || seat.getCandidates().contains(move.getToPlanningValue());
    }
  }

  /** Two places swap people only if each person may take the other place. */
  public static final class CandidateSwap
      implements SelectionFilter<ProgrammePlan, SwapMove<ProgrammePlan>> {

    @Override
    public boolean accept(
        ScoreDirector<ProgrammePlan> scoreDirector, SwapMove<ProgrammePlan> move) {
      if (move.getLeftEntity() instanceof Seat left
          && move.getRightEntity() instanceof Seat right) {
        return left.getVisit() != right.getVisit()
            && left.getCandidates().contains(right.getPerson())
            && right.getCandidates().contains(left.getPerson());
      }
      return true;
    }
  }
}
