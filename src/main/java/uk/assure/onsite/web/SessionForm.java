package uk.assure.onsite.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.assure.onsite.domain.AttendeeRole;
import uk.assure.shared.web.DateFields;

/** Planning a session of the on-site visit. */
class SessionForm extends DateFields {

  private String key = "";

  @Pattern(regexp = "interview|focus_group|drop_in", message = "{onsite.problem.kind}")
  private String kind = "";

  @NotBlank(message = "{onsite.problem.title}")
  @Size(max = 200, message = "{onsite.problem.titleTooLong}")
  private String title = "";

  @Pattern(regexp = "([01]?[0-9]|2[0-3]):[0-5][0-9]", message = "{onsite.problem.time}")
  private String starts = "";

  @Pattern(regexp = "([01]?[0-9]|2[0-3]):[0-5][0-9]", message = "{onsite.problem.time}")
  private String ends = "";

  @NotBlank(message = "{onsite.problem.place}")
  @Size(max = 300, message = "{onsite.problem.placeTooLong}")
  private String place = "";

  @NotEmpty(message = "{onsite.problem.attendees}")
  private List<String> attendees = new ArrayList<>();

  @Size(max = 500, message = "{onsite.problem.assessorsTooLong}")
  private String assessors = "";

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key == null ? "" : key;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind == null ? "" : kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title == null ? "" : title;
  }

  public String getStarts() {
    return starts;
  }

  public void setStarts(String starts) {
    this.starts = starts == null ? "" : starts.strip();
  }

  public String getEnds() {
    return ends;
  }

  public void setEnds(String ends) {
    this.ends = ends == null ? "" : ends.strip();
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place == null ? "" : place;
  }

  public List<String> getAttendees() {
    return attendees;
  }

  public void setAttendees(List<String> attendees) {
    this.attendees = attendees == null ? new ArrayList<>() : attendees;
  }

  public String getAssessors() {
    return assessors;
  }

  public void setAssessors(String assessors) {
    this.assessors = assessors == null ? "" : assessors;
  }

  /** The start time given; only once the field has passed its checks. */
  LocalTime startTime() {
    return time(starts);
  }

  /** The end time given; only once the field has passed its checks. */
  LocalTime endTime() {
    return time(ends);
  }

  /** The roles of the people the session is with, leaving out any code that is not a role. */
  List<AttendeeRole> attendeeRoles() {
    return attendees.stream().map(AttendeeRole::find).flatMap(Optional::stream).toList();
  }

  private static LocalTime time(String text) {
    String[] parts = text.split(":");
    return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }
}
