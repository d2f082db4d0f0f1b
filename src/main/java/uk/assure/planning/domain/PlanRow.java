package uk.assure.planning.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.assure.council.domain.GssCode;

/**
 * One council's line of a programme plan, as the plan file holds it: people by email.
 *
 * @param engagementMeetings the relationship owner's meetings, one per programme year
 */
public record PlanRow(
    GssCode gss,
    String council,
    LocalDate noticeDate,
    LocalDate visitStart,
    LocalDate visitEnd,
    String lead,
    List<String> assessors,
    List<String> reviewers,
    String relationshipOwner,
    List<LocalDate> engagementMeetings) {

  public PlanRow {
    Objects.requireNonNull(gss, "gss");
    Objects.requireNonNull(visitStart, "visitStart");
    Objects.requireNonNull(visitEnd, "visitEnd");
    Objects.requireNonNull(noticeDate, "noticeDate");
    assessors = List.copyOf(assessors);
    reviewers = List.copyOf(reviewers);
    engagementMeetings = List.copyOf(engagementMeetings);
  }

  /** Everyone on the assessment team, the lead first; a name given twice is listed twice. */
  public List<String> team() {
    List<String> team = new java.util.ArrayList<>();
    if (lead != null && !lead.isBlank()) {
      team.add(lead);
    }
    team.addAll(assessors);
    team.addAll(reviewers);
    return team;
  }
}
