package uk.assure.report;

import java.util.List;
import java.util.Optional;

/**
 * Everything the report template shows, worked out and worded beforehand, so the web page, the PDF
 * and the DOCX read the same. All text is plain: the template escapes it.
 *
 * @param draft whether the report is not final: unpublished, or its scores are incomplete
 * @param demo whether the assessment is illustrative demonstration data, not a real one
 * @param incomplete the statements not yet scored, by name, when some are missing
 * @param rating the rating, overall score and position in its band, if any statement is scored
 * @param chartAlternative the scores chart said in words, for those who cannot see it
 */
public record ReportView(
    String title,
    String councilName,
    List<Fact> facts,
    Optional<String> contextSource,
    boolean draft,
    boolean demo,
    List<String> incomplete,
    Optional<RatingLine> rating,
    List<ScoreRow> scores,
    String chartAlternative,
    List<String> peopleExperience,
    List<ThemeView> themes) {

  /** One line of the council's summary: what it is and its value. */
  public record Fact(String label, String value) {}

  /** The rating with its overall percentage and where that sits in the band. */
  public record RatingLine(
      String code, String label, int percentage, String position, boolean referral) {}

  /** A statement's score for the summary table and chart; score 0 when not assessed. */
  public record ScoreRow(String code, String name, int score, String meaning) {
    public boolean assessed() {
      return score > 0;
    }

    /** The bar's length as a percentage of the chart's width. */
    public int barPercent() {
      return score * 25;
    }
  }

  public record ThemeView(int number, String heading, List<StatementView> statements) {}

  /**
   * A quality statement's page of the report.
   *
   * @param scoreLine the score and its meaning, or the sentence saying it is not scored
   * @param scoreDescription what that score looks like for this statement, where published
   */
  public record StatementView(
      String code,
      String heading,
      String scoreLine,
      Optional<String> scoreDescription,
      String we,
      List<String> expectations,
      List<String> keyFindings,
      List<FigureView> figures,
      List<String> strengths,
      List<String> areasForDevelopment,
      boolean nothingRecorded) {}

  /** A national figure cited with a statement's findings, against England. */
  public record FigureView(
      String name, String period, String value, String england, String comparison) {}
}
