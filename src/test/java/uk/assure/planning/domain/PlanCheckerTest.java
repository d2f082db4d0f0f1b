package uk.assure.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.CouncilType;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.domain.WorkingDays;
import uk.assure.shared.domain.Refusal;

/** The checker finds each broken hard rule in a plan written by hand. */
class PlanCheckerTest {

  private static final GssCode CAMDEN = new GssCode("E09000007");
  private static final GssCode BARNET = new GssCode("E09000003");

  private final Person ann =
      person("ann@example.org", PersonKind.INTERNAL, true, Skill.SOCIAL_WORK);
  private final Person bob = person("bob@example.org", PersonKind.INTERNAL, false, Skill.DATA);
  private final Person eve = person("eve@example.org", PersonKind.EXTERNAL, false, Skill.DATA);
  private final Person fay = person("fay@example.org", PersonKind.EXTERNAL, false, Skill.DATA);
  private final Person cy = person("cy@example.org", PersonKind.INTERNAL, true, Skill.SOCIAL_WORK);

  private final PlanChecker checker =
      new PlanChecker(
          new Programme(LocalDate.of(2027, 4, 5), 104, 1),
          new WorkingDays(List.of(LocalDate.of(2027, 8, 30)), 2027, 2029),
          List.of(council(CAMDEN), council(BARNET)),
          List.of(ann, bob, eve, fay, cy),
          List.of(
              new Blackout(
                  Optional.empty(),
                  new DateRange(LocalDate.of(2027, 12, 20), LocalDate.of(2027, 12, 31)))));

  private static Person person(String email, PersonKind kind, boolean lead, Skill skill) {
    return new Person(email, email, kind, lead, Set.of(skill), "London", List.of(), Set.of());
  }

  private static Council council(GssCode gss) {
    return new Council(
        gss, gss.value(), gss.value(), "London", CouncilType.LONDON_BOROUGH, null, List.of());
  }

  private static PlanRow row(
      GssCode gss, LocalDate monday, String lead, String assessor, String reviewer) {
    return new PlanRow(
        gss,
        gss.value(),
        monday.minusWeeks(8),
        monday,
        monday.plusDays(4),
        lead,
        List.of(assessor),
        List.of(reviewer),
        "bob@example.org",
        List.of(LocalDate.of(2027, 4, 7), LocalDate.of(2028, 4, 5)));
  }

  private List<String> keys(PlanRow... rows) {
    return checker.check(List.of(rows)).stream().map(Refusal::key).toList();
  }

  @Test
  void aPlanKeepingEveryRuleIsAccepted() {
    assertThat(
            keys(
                row(
                    CAMDEN,
                    LocalDate.of(2027, 9, 6),
                    "ann@example.org",
                    "bob@example.org",
                    "eve@example.org"),
                row(
                    BARNET,
                    LocalDate.of(2027, 9, 20),
                    "ann@example.org",
                    "bob@example.org",
                    "eve@example.org")))
        .isEmpty();
  }

  @Test
  void aMissingCouncilAndAnExternalLeadAreFound() {
    assertThat(
            keys(
                row(
                    CAMDEN,
                    LocalDate.of(2027, 9, 6),
                    "eve@example.org",
                    "bob@example.org",
                    "fay@example.org")))
        .contains(
            "planning.check.not-once", "planning.check.lead", "planning.check.no-social-work");
  }

  @Test
  void twoVisitsInOneWeekOverflowThePanelAndDoubleBookPeople() {
    assertThat(
            keys(
                row(
                    CAMDEN,
                    LocalDate.of(2027, 9, 6),
                    "ann@example.org",
                    "bob@example.org",
                    "eve@example.org"),
                row(
                    BARNET,
                    LocalDate.of(2027, 9, 6),
                    "ann@example.org",
                    "cy@example.org",
                    "fay@example.org")))
        .contains("planning.check.week-over-capacity", "planning.check.same-week");
  }

  @Test
  void consecutiveWeeksBankHolidaysBlackoutsAndShortNoticeAreFound() {
    assertThat(
            keys(
                row(
                    CAMDEN,
                    LocalDate.of(2027, 8, 30),
                    "ann@example.org",
                    "bob@example.org",
                    "eve@example.org"),
                row(
                    BARNET,
                    LocalDate.of(2027, 9, 6),
                    "ann@example.org",
                    "cy@example.org",
                    "fay@example.org")))
        .contains("planning.check.bank-holiday", "planning.check.no-rest-week");
    assertThat(
            keys(
                row(
                    CAMDEN,
                    LocalDate.of(2027, 12, 20),
                    "ann@example.org",
                    "bob@example.org",
                    "eve@example.org")))
        .contains("planning.check.blackout");
    assertThat(
            keys(
                row(
                    CAMDEN,
                    LocalDate.of(2027, 5, 10),
                    "ann@example.org",
                    "bob@example.org",
                    "eve@example.org")))
        .contains("planning.check.notice-before-programme");
  }
}
