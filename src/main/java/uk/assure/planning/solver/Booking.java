package uk.assure.planning.solver;

import uk.assure.planning.domain.Person;

/** A person on a site visit in a given week: the pairing most hard rules are about. */
record Booking(Seat seat, Visit visit, Person person, int week) {

  static Booking of(Seat seat, Visit visit) {
    return new Booking(seat, visit, seat.getPerson(), visit.weekIndex());
  }

  String seatId() {
    return seat.getId();
  }
}
