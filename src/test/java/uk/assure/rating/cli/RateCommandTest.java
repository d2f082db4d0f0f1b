package uk.assure.rating.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import uk.assure.Assure;

class RateCommandTest {

  /** What a run printed and how it ended. */
  record Run(int exitCode, String out, String err) {}

  static Run rate(String... args) {
    return run(new CommandLine(new RateCommand()), args);
  }

  static Run run(CommandLine command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    int exitCode = command.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void prints_the_rating_position_and_how_it_was_worked_out() {
    Run run = rate("3", "3", "4", "3", "4", "4", "3", "4", "4");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualToNormalizingNewlines(
            """
            Outstanding: 89%
            Outstanding, nearer good

            How this rating was worked out:
              Scored by the method used from December 2024: each quality statement assessed is \
            scored from 1 to 4.
              QS1 Assessing needs: 3 out of 4.
              QS2 Supporting people to live healthier lives: 3 out of 4.
              QS3 Equity in experience and outcomes: 4 out of 4.
              QS4 Care provision, integration and continuity: 3 out of 4.
              QS5 Partnerships and communities: 4 out of 4.
              QS6 Safe pathways, systems and transitions: 4 out of 4.
              QS7 Safeguarding: 3 out of 4.
              QS8 Governance, management and sustainability: 4 out of 4.
              QS9 Learning, improvement and innovation: 4 out of 4.
              Total: 32 out of a maximum of 36 (9 statements assessed, up to 4 points each).
              32 divided by 36 is 88.9%. Percentages are rounded up to a whole number, so 89%.
              89% is in the outstanding band (88% to 100%).

            What would move it:
              Losing one point on any statement would make this good.
            """);
  }

  @Test
  void takes_a_dash_for_a_statement_not_assessed() {
    Run run = rate("3", "-", "4", "3", "-", "4", "3", "4", "4");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Outstanding: 90%\n")
        .contains("Total: 25 out of a maximum of 28 (7 statements assessed")
        .contains(
            "Not assessed: QS2 Supporting people to live healthier lives and QS5 Partnerships and"
                + " communities.");
  }

  @Test
  void flags_a_statement_scored_1() {
    Run run = rate("3", "3", "3", "3", "3", "3", "1", "3", "3");

    assertThat(run.out())
        .startsWith("Good: 70%\nGood, nearer requires improvement\n")
        .contains("QS7 Safeguarding scored 1 (significant shortfalls)")
        .endsWith(
            "What would move it:\n"
                + "  7 more points across the statements would make this outstanding.\n"
                + "  Losing 3 points across the statements would make this requires improvement.\n");
  }

  @Test
  void rates_evidence_category_scores_under_the_2023_12_method() {
    Run run = rate("--method", "2023-12", "3,3,3,2", "3,-,-,3", "-", "-", "-", "-", "-", "-", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Good: 75%\nGood, in the middle of the band\n")
        .contains(
            "QS1 Assessing needs: People's experience 3, Feedback from staff and leaders 3,"
                + " Feedback from partners 3, Processes 2. That is 11 out of 16, or 68.8%, which"
                + " rounds up to 69%, so the statement scores 3.")
        .contains(
            "One more evidence category point, in the right place, would make this outstanding.");
  }

  @Test
  void prints_the_same_json_as_the_api() {
    Run run = rate("--json", "3", "3", "4", "3", "4", "4", "3", "4", "4");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("{\"method\":\"2024-12\",\"percentage\":89,\"exactPercentage\":88.9,")
        .contains("\"sensitivity\":{\"up\":null,\"down\":{\"to\":\"good\",\"points\":1,")
        .endsWith("]}\n");
  }

  @Test
  void refuses_the_wrong_number_of_scores() {
    Run run = rate("3", "3", "4");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualToNormalizingNewlines(
            "Give 9 scores, one for each quality statement from QS1 to QS9, using - for a"
                + " statement not assessed. You gave 3.\n");
  }

  @Test
  void refuses_a_score_of_5() {
    Run run = rate("3", "3", "5", "3", "4", "4", "3", "4", "4");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualToNormalizingNewlines(
            "The score for QS3 must be a whole number from 1 to 4, not 5.\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "3.5", "three", "99999999999", "+3"})
  void refuses_what_is_not_a_score(String given) {
    Run run = rate("3", given, "4", "3", "4", "4", "3", "4", "4");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualToNormalizingNewlines(
            "QS2: \""
                + given
                + "\" is not a score. Give a whole number from 1 to 4, or - if the statement was"
                + " not assessed.\n");
  }

  @Test
  void reports_every_problem_at_once() {
    Run run = rate("3", "3", "5", "3", "4", "4", "3", "4", "x");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualToNormalizingNewlines(
            "QS9: \"x\" is not a score. Give a whole number from 1 to 4, or - if the statement was"
                + " not assessed.\n"
                + "The score for QS3 must be a whole number from 1 to 4, not 5.\n");
  }

  @Test
  void does_not_call_unreadable_scores_nothing_assessed() {
    Run run = rate("x", "-", "-", "-", "-", "-", "-", "-", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("QS1: \"x\" is not a score.").doesNotContain("Nothing");
  }

  @Test
  void reports_an_unknown_method_beside_unreadable_scores() {
    Run run = rate("--method", "2019-01", "x", "-", "-", "-", "-", "-", "-", "-", "-");

    assertThat(run.err())
        .contains("QS1: \"x\" is not a score.")
        .contains("The scoring method \"2019-01\" is not known");
  }

  @Test
  void refuses_when_nothing_was_assessed() {
    Run run = rate("-", "-", "-", "-", "-", "-", "-", "-", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualToNormalizingNewlines(
            "Nothing was assessed: score at least one quality statement.\n");
  }

  @Test
  void refuses_an_unknown_method() {
    Run run = rate("--method", "2019-01", "3", "3", "4", "3", "4", "4", "3", "4", "4");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualToNormalizingNewlines(
            "The scoring method \"2019-01\" is not known: use 2023-12 or 2024-12.\n");
  }

  @Test
  void refuses_category_scores_it_cannot_read() {
    Run run = rate("--method", "2023-12", "3,3", "-", "-", "-", "-", "-", "-", "-", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("QS1: \"3,3\" is not a set of evidence category scores.");
  }

  @Test
  void refuses_an_unknown_option_with_the_usage() {
    Run run = rate("--colour", "3");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--colour'").contains("Usage: rate");
  }

  @Test
  void explains_itself_from_the_message_bundle() {
    Run run = rate("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Work out a rating from quality statement scores")
        .contains("--json")
        .contains("Print the rating as JSON, exactly as the API answers it.");
  }

  @Test
  void runs_as_the_rate_command_of_the_jar() {
    Run run =
        run(new CommandLine(new Assure()), "rate", "2", "2", "2", "2", "2", "2", "2", "2", "2");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Requires improvement: 50%\n");

    Run refused = run(new CommandLine(new Assure()), "rate", "5");
    assertThat(refused.exitCode()).isEqualTo(2);
  }
}
