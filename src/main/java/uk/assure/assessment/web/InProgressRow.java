package uk.assure.assessment.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.assure.assessment.EditableAssessment;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;

/** One assessment in progress, as the staff list shows it. */
record InProgressRow(
    String href, String council, String method, String started, int scored, String updatedBy) {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  static List<InProgressRow> of(List<EditableAssessment> assessments, CouncilRegistry councils) {
    var names =
        councils.all().stream()
            .collect(java.util.stream.Collectors.toMap(Council::gss, Council::name));
    return assessments.stream()
        .map(
            e ->
                new InProgressRow(
                    "/staff/assessments/" + e.assessment().id(),
                    names.get(e.assessment().council()),
                    e.assessment().method().code(),
                    DATE.format(e.assessment().startedOn()),
                    e.assessment().statementScores().size()
                        + e.assessment().categoryScores().size(),
                    e.updatedBy().orElse("")))
        .toList();
  }
}
