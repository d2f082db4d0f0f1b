package uk.assure.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import uk.assure.audit.domain.AuditAction;

/** Which audit entries to show: each part is optional and all given parts must match. */
public record AuditFilter(
    AuditAction action,
    String actor,
    String councilGss,
    String subjectId,
    LocalDate from,
    LocalDate to) {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  public static AuditFilter everything() {
    return new AuditFilter(null, null, null, null, null, null);
  }

  String where() {
    List<String> conditions = new ArrayList<>();
    conditions.add("TRUE");
    if (action != null) {
      conditions.add("action = ?");
    }
    if (actor != null && !actor.isBlank()) {
      conditions.add("actor ILIKE ?");
    }
    if (councilGss != null && !councilGss.isBlank()) {
      conditions.add("council_gss = ?");
    }
    if (subjectId != null && !subjectId.isBlank()) {
      conditions.add("subject_id = ?");
    }
    if (from != null) {
      conditions.add("occurred_at >= ?");
    }
    if (to != null) {
      conditions.add("occurred_at < ?");
    }
    return String.join(" AND ", conditions);
  }

  List<Object> parameters() {
    List<Object> values = new ArrayList<>();
    if (action != null) {
      values.add(action.code());
    }
    if (actor != null && !actor.isBlank()) {
      values.add(
          "%" + actor.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (councilGss != null && !councilGss.isBlank()) {
      values.add(councilGss.strip());
    }
    if (subjectId != null && !subjectId.isBlank()) {
      values.add(subjectId.strip());
    }
    if (from != null) {
      values.add(Timestamp.from(from.atStartOfDay(LONDON).toInstant()));
    }
    if (to != null) {
      values.add(Timestamp.from(to.plusDays(1).atStartOfDay(LONDON).toInstant()));
    }
    return values;
  }
}
