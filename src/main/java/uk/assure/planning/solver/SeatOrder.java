package uk.assure.planning.solver;

import java.util.Comparator;

/**
 * The order in which the construction heuristic fills places once the weeks are set: visit by visit
 * in the order of the calendar, so that each person's earlier visits are known when the next is
 * staffed; within a visit the lead and the reviewer (fewest candidates) before the assessor.
 */
public final class SeatOrder implements Comparator<Seat> {

  @Override
  public int compare(Seat a, Seat b) {
    return Comparator.comparingInt((Seat s) -> s.getVisit().weekIndex())
        .thenComparing(s -> s.getVisit().getId())
        .thenComparingInt(s -> rank(s.getRole()))
        .compare(a, b);
  }

  private static int rank(SeatRole role) {
    return switch (role) {
      case LEAD -> 0;
      case REVIEWER -> 1;
      case ASSESSOR -> 2;
      case OWNER -> 3;
    };
  }
}
