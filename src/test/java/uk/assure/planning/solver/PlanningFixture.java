package uk.assure.planning.solver;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.CouncilType;
import uk.assure.council.domain.GssCode;
import uk.assure.planning.domain.DateRange;
import uk.assure.planning.domain.Person;
import uk.assure.planning.domain.PersonKind;
import uk.assure.planning.domain.PlannedCouncil;
import uk.assure.planning.domain.ProgrammeWeek;
import uk.assure.planning.domain.Skill;

/** Small pieces of a programme for testing one constraint at a time. */
final class PlanningFixture {

  static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 4, 5);

  private PlanningFixture() {}

  /** Week {@code index} of a programme starting 2027-04-05, with eight weeks' notice if it can. */
  static ProgrammeWeek week(int index) {
    LocalDate monday = FIRST_MONDAY.plusWeeks(index);
    LocalDate notice =
        monday.minusWeeks(8).isBefore(FIRST_MONDAY) ? FIRST_MONDAY : monday.minusWeeks(8);
    return new ProgrammeWeek(index, monday, false, notice, index / 4);
  }

  static ProgrammeWeek bankHolidayWeek(int index) {
    ProgrammeWeek week = week(index);
    return new ProgrammeWeek(index, week.monday(), true, week.notice(), week.month());
  }

  static Council council(String gss, String region) {
    return new Council(
        new GssCode(gss),
        "Council " + gss,
        "Council " + gss,
        region,
        CouncilType.UNITARY,
        null,
        List.of());
  }

  static Visit visit(String gss, int week) {
    return visit(new PlannedCouncil(council(gss, "London"), 0, false), Set.of(), week);
  }

  static Visit visit(PlannedCouncil council, Set<Integer> blackedOut, int week) {
    Visit visit = new Visit(council, blackedOut);
    visit.setWeek(week(week));
    return visit;
  }

  static Person lead(String email) {
    return person(email, PersonKind.INTERNAL, true, Set.of(Skill.SOCIAL_WORK), List.of(), Set.of());
  }

  static Person internal(String email) {
    return person(email, PersonKind.INTERNAL, false, Set.of(Skill.DATA), List.of(), Set.of());
  }

  static Person external(String email) {
    return person(
        email, PersonKind.EXTERNAL, false, Set.of(Skill.COMMISSIONING), List.of(), Set.of());
  }

  static Person person(
      String email,
      PersonKind kind,
      boolean canLead,
      Set<Skill> skills,
      List<DateRange> away,
      Set<GssCode> conflicts) {
    return new Person(email, email, kind, canLead, skills, "London", away, conflicts);
  }

  static Seat seat(Visit visit, SeatRole role, Person person) {
    Seat seat = new Seat(visit, role, List.of(person));
    seat.setPerson(person);
    return seat;
  }

  /** A full, valid team for the visit: lead, assessor and reviewer. */
  static List<Seat> team(Visit visit, Person lead, Person assessor, Person reviewer) {
    return List.of(
        seat(visit, SeatRole.LEAD, lead),
        seat(visit, SeatRole.ASSESSOR, assessor),
        seat(visit, SeatRole.REVIEWER, reviewer));
  }
}
