package uk.assure.planning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.assure.council.domain.Council;
import uk.assure.journey.BankHolidays;
import uk.assure.planning.CouncilFile;
import uk.assure.planning.PlanFile;
import uk.assure.planning.TeamFile;
import uk.assure.planning.domain.PlanChecker;
import uk.assure.planning.domain.PlanRow;
import uk.assure.planning.domain.Programme;

/** The plan command as its contract says: a checked plan, refused input, an impossible plan. */
class PlanCommandTest {

  /** Twelve London boroughs. */
  private static final String COUNCILS =
      "E09000001;E09000002;E09000003;E09000004;E09000005;E09000006;"
          + "E09000007;E09000008;E09000009;E09000010;E09000011;E09000012";

  private static final String HEADER = "email,name,kind,can_lead,skills,region,away,conflicts\n";

  /** Eight people: five internal (three can lead), three external, a few away or conflicted. */
  private static final String TEAM =
      HEADER
          + "ann@example.org,Ann,internal,yes,social-work;safeguarding,London,2027-06-07..2027-06-18,E09000007\n"
          + "bob@example.org,Bob,internal,yes,commissioning,North West,,\n"
          + "cat@example.org,Cat,internal,yes,social-work,London,,\n"
          + "dan@example.org,Dan,internal,no,data,South East,,E09000001\n"
          + "eli@example.org,Eli,internal,no,safeguarding,London,2027-08-02..2027-08-06,\n"
          + "fay@example.org,Fay,external,no,social-work,London,,\n"
          + "gus@example.org,Gus,external,no,data,East of England,,\n"
          + "hal@example.org,Hal,external,no,commissioning,London,,\n";

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  private Run plan(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new PlanCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    int exitCode = command.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void plansASmallProgrammeThatTheIndependentCheckerAccepts() throws IOException {
    Path team = file("team.csv", TEAM);
    Path blackouts =
        file(
            "blackouts.csv",
            "gss,from,to\n,2027-07-26,2027-07-30\nE09000003,2027-06-01,2027-07-15\n");
    Path out = dir.resolve("plan.csv");

    Run run =
        plan(
            "--team",
            team.toString(),
            "--blackouts",
            blackouts.toString(),
            "--from",
            "2027-04-05",
            "--weeks",
            "30",
            "--max-visits-per-week",
            "2",
            "--seconds",
            "5",
            "--councils",
            COUNCILS,
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Wrote the plan for 12 councils");
    List<PlanRow> rows = PlanFile.read(out);
    assertThat(rows).hasSize(12);
    List<Council> registry = CouncilFile.councils();
    List<Council> councils =
        registry.stream().filter(c -> COUNCILS.contains(c.gss().value())).toList();
    var people = TeamFile.read(team, registry).people();
    var periods = uk.assure.planning.BlackoutFile.read(blackouts, registry).blackouts();
    PlanChecker checker =
        new PlanChecker(
            new Programme(LocalDate.of(2027, 4, 5), 30, 2),
            BankHolidays.read(),
            councils,
            people,
            periods);
    assertThat(checker.check(rows)).isEmpty();
    // The checker is not a rubber stamp: the same plan with one team member doubled is refused.
    PlanRow first = rows.get(0);
    PlanRow doubled =
        new PlanRow(
            first.gss(),
            first.council(),
            first.noticeDate(),
            first.visitStart(),
            first.visitEnd(),
            first.lead(),
            List.of(first.lead()),
            first.reviewers(),
            first.relationshipOwner(),
            first.engagementMeetings());
    List<PlanRow> broken = new java.util.ArrayList<>(rows);
    broken.set(0, doubled);
    assertThat(checker.check(broken))
        .extracting(r -> r.key())
        .contains("planning.check.twice-in-team");
  }

  @Test
  void aProgrammeThatCannotKeepEveryHardRuleExitsTwoAndSaysWhy() throws IOException {
    Path team =
        file(
            "team.csv",
            HEADER
                + "ann@example.org,Ann,internal,yes,social-work,London,,\n"
                + "bob@example.org,Bob,internal,no,data,London,,\n");
    Path out = dir.resolve("plan.csv");

    Run run =
        plan(
            "--team", team.toString(),
            "--from", "2027-04-05",
            "--weeks", "30",
            "--seconds", "2",
            "--councils", "E09000001;E09000002",
            "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("No plan could keep every hard rule")
        .contains("an external reviewer")
        .contains("cannot be the reviewer for");
  }

  @Test
  void aTeamFileWithProblemsIsRefusedWithEveryProblemByRowAndColumn() throws IOException {
    Path team =
        file(
            "team.csv",
            HEADER
                + "ann@example.org,Ann,internal,yes,social-work,Narnia,,\n"
                + "bob@example.org,Bob,internal,no,juggling,London,,\n"
                + "cat@example.org,Cat,external,no,data,London,,E09999999\n"
                + "dan@example.org,Dan,internal,no,data,London,2027-05-01..2027-04-01,\n"
                + "ann@example.org,Ann again,external,no,data,London,,\n"
                + "eve@example.org,Eve,external,yes,data,London,,\n");
    Path out = dir.resolve("plan.csv");

    Run run =
        plan(
            "--team",
            team.toString(),
            "--from",
            "2027-04-05",
            "--weeks",
            "104",
            "--out",
            out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("Row 2, column region 'Narnia'")
        .contains("Row 3, column skills 'juggling'")
        .contains("Row 4, column conflicts 'E09999999'")
        .contains("Row 5, column away '2027-05-01..2027-04-01'")
        .contains("Row 6, column email 'ann@example.org': this person is already listed on row 2")
        .contains("Row 7, column can_lead 'yes': only internal staff can lead");
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingColumnAndBadBlackoutsAreRefused() throws IOException {
    Path team = file("team.csv", "email,name,kind\nann@example.org,Ann,internal\n");
    Path blackouts = file("blackouts.csv", "gss,from,to\nE09000999,2027-12-20,2027-12-01\n");

    Run run =
        plan(
            "--team", team.toString(),
            "--blackouts", blackouts.toString(),
            "--from", "2027-04-05",
            "--weeks", "104",
            "--out", dir.resolve("plan.csv").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("Row 1, column can_lead")
        .contains("Row 2, column gss 'E09000999'")
        .contains("Row 2, column to '2027-12-01': ends before it starts");
  }

  @Test
  void badOptionsAreRefusedWithExitOne() throws IOException {
    Path team = file("team.csv", TEAM);
    String out = dir.resolve("plan.csv").toString();

    Run badDate =
        plan("--team", team.toString(), "--from", "2027-13-01", "--weeks", "0", "--out", out);
    assertThat(badDate.exitCode()).isEqualTo(1);
    assertThat(badDate.err()).contains("--from: '2027-13-01'").contains("--weeks: '0'");

    Run missing = plan("--from", "2027-04-05", "--weeks", "10", "--out", out);
    assertThat(missing.exitCode()).isEqualTo(1);

    Run unknownCouncil =
        plan(
            "--team", team.toString(),
            "--from", "2027-04-05",
            "--weeks", "10",
            "--councils", "E09000001;E99",
            "--out", out);
    assertThat(unknownCouncil.exitCode()).isEqualTo(1);
    assertThat(unknownCouncil.err()).contains("E99");
  }
}
