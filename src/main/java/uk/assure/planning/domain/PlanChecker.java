package uk.assure.planning.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.domain.WorkingDays;
import uk.assure.shared.domain.Refusal;

/**
 * Checks a finished plan against every hard rule of the programme, written out again by hand so
 * that it shares nothing with the solver's constraints: a plan the solver calls feasible and this
 * checker refuses means one of the two is wrong. Each broken rule is a {@link Refusal} whose field
 * is the council's GSS code (or a person's email, or a week) and whose key explains the rule.
 */
public final class PlanChecker {

  private final Programme programme;
  private final WorkingDays calendar;
  private final List<Council> councils;
  private final Map<String, Person> people = new HashMap<>();
  private final List<Blackout> blackouts;

  public PlanChecker(
      Programme programme,
      WorkingDays calendar,
      List<Council> councils,
      List<Person> people,
      List<Blackout> blackouts) {
    this.programme = programme;
    this.calendar = calendar;
    this.councils = List.copyOf(councils);
    people.forEach(person -> this.people.put(person.email(), person));
    this.blackouts = List.copyOf(blackouts);
  }

  /** Every hard rule the plan breaks; empty if it keeps them all. */
  public List<Refusal> check(List<PlanRow> rows) {
    List<Refusal> broken = new ArrayList<>();
    everyCouncilOnce(rows, broken);
    Map<String, List<PlanRow>> visitsByPerson = new TreeMap<>();
    Map<LocalDate, Integer> visitsByWeek = new TreeMap<>();
    for (PlanRow row : rows) {
      dates(row, broken);
      team(row, broken);
      owner(row, broken);
      row.team().stream()
          .distinct()
          .forEach(email -> visitsByPerson.computeIfAbsent(email, e -> new ArrayList<>()).add(row));
      visitsByWeek.merge(row.visitStart(), 1, Integer::sum);
    }
    visitsByPerson.forEach((email, visits) -> spacing(email, visits, broken));
    visitsByWeek.forEach(
        (monday, count) -> {
          if (count > programme.maxVisitsPerWeek()) {
            broken.add(
                refusal(
                    monday.toString(),
                    "planning.check.week-over-capacity",
                    monday,
                    count,
                    programme.maxVisitsPerWeek()));
          }
        });
    return broken;
  }

  private void everyCouncilOnce(List<PlanRow> rows, List<Refusal> broken) {
    Map<GssCode, Integer> seen = new HashMap<>();
    rows.forEach(row -> seen.merge(row.gss(), 1, Integer::sum));
    Set<GssCode> known = new HashSet<>();
    for (Council council : councils) {
      known.add(council.gss());
      int times = seen.getOrDefault(council.gss(), 0);
      if (times != 1) {
        broken.add(refusal(council.gss().value(), "planning.check.not-once", times));
      }
    }
    seen.keySet().stream()
        .filter(gss -> !known.contains(gss))
        .forEach(gss -> broken.add(refusal(gss.value(), "planning.check.unknown-council")));
  }

  private void dates(PlanRow row, List<Refusal> broken) {
    String gss = row.gss().value();
    LocalDate start = row.visitStart();
    LocalDate end = row.visitEnd();
    if (start.getDayOfWeek() != DayOfWeek.MONDAY || !end.equals(start.plusDays(4))) {
      broken.add(refusal(gss, "planning.check.not-a-working-week", start, end));
    }
    if (start.isBefore(programme.from()) || !end.isBefore(programme.end())) {
      broken.add(refusal(gss, "planning.check.outside-programme", start, end));
    }
    for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
      if (day.getDayOfWeek().getValue() <= 5 && !calendar.isWorkingDay(day)) {
        broken.add(refusal(gss, "planning.check.bank-holiday", day));
      }
    }
    for (Blackout blackout : blackouts) {
      if (blackout.blocks(row.gss(), start, end)) {
        broken.add(refusal(gss, "planning.check.blackout", blackout.days()));
      }
    }
    if (row.noticeDate().isBefore(programme.from())) {
      broken.add(refusal(gss, "planning.check.notice-before-programme", row.noticeDate()));
    }
    long notice = ChronoUnit.DAYS.between(row.noticeDate(), start);
    if (notice < Programme.MINIMUM_NOTICE_DAYS) {
      broken.add(refusal(gss, "planning.check.short-notice", row.noticeDate(), notice));
    }
  }

  private void team(PlanRow row, List<Refusal> broken) {
    String gss = row.gss().value();
    Person lead = people.get(row.lead());
    if (lead == null || !lead.isInternal() || !lead.canLead()) {
      broken.add(refusal(gss, "planning.check.lead", row.lead()));
    }
    if (row.assessors().isEmpty()) {
      broken.add(refusal(gss, "planning.check.no-assessor"));
    }
    boolean external =
        row.reviewers().stream()
            .map(people::get)
            .anyMatch(p -> p != null && p.kind() == PersonKind.EXTERNAL);
    if (!external) {
      broken.add(refusal(gss, "planning.check.no-reviewer"));
    }
    Set<String> once = new HashSet<>();
    boolean socialWork = false;
    for (String email : row.team()) {
      Person person = people.get(email);
      if (person == null) {
        broken.add(refusal(gss, "planning.check.unknown-person", email));
        continue;
      }
      if (!once.add(email)) {
        broken.add(refusal(gss, "planning.check.twice-in-team", email));
      }
      if (person.isConflictedWith(row.gss())) {
        broken.add(refusal(gss, "planning.check.conflict", email));
      }
      if (person.isAwayDuring(row.visitStart(), row.visitEnd())) {
        broken.add(refusal(gss, "planning.check.away", email));
      }
      socialWork |= person.has(Skill.SOCIAL_WORK);
    }
    if (!socialWork) {
      broken.add(refusal(gss, "planning.check.no-social-work"));
    }
  }

  private void owner(PlanRow row, List<Refusal> broken) {
    String gss = row.gss().value();
    Person owner = people.get(row.relationshipOwner());
    if (owner == null || !owner.isInternal() || owner.isConflictedWith(row.gss())) {
      broken.add(refusal(gss, "planning.check.owner", row.relationshipOwner()));
    }
    int years = programme.years();
    if (row.engagementMeetings().size() != years) {
      broken.add(
          refusal(gss, "planning.check.meeting-count", row.engagementMeetings().size(), years));
    }
    Set<Integer> yearsMet = new HashSet<>();
    for (LocalDate meeting : row.engagementMeetings()) {
      int year = -1;
      for (int y = 0; y < years; y++) {
        if (programme.year(y).contains(meeting)) {
          year = y;
        }
      }
      if (year < 0 || !yearsMet.add(year)) {
        broken.add(refusal(gss, "planning.check.meeting-year", meeting));
      }
      if (!EngagementMeetings.clearOfVisit(meeting, row.visitStart(), row.visitEnd())) {
        broken.add(refusal(gss, "planning.check.meeting-near-visit", meeting));
      }
    }
  }

  private void spacing(String email, List<PlanRow> visits, List<Refusal> broken) {
    List<PlanRow> ordered = new ArrayList<>(visits);
    ordered.sort(Comparator.comparing(PlanRow::visitStart));
    for (int i = 1; i < ordered.size(); i++) {
      LocalDate before = ordered.get(i - 1).visitStart();
      LocalDate after = ordered.get(i).visitStart();
      long days = ChronoUnit.DAYS.between(before, after);
      if (days < 7) {
        broken.add(refusal(email, "planning.check.same-week", before));
      } else if (days < 14) {
        broken.add(refusal(email, "planning.check.no-rest-week", before, after));
      }
    }
  }

  private static Refusal refusal(String field, String key, Object... arguments) {
    return new Refusal(field, key, List.of(arguments));
  }
}
