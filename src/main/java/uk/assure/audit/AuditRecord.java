package uk.assure.audit;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import uk.assure.audit.domain.AuditAction;

/**
 * What a feature asks the audit trail to record. Build one with {@link #of} and the {@code with}
 * methods, for example {@code AuditRecord.of(SCORE_CHANGED, email).about("assessment", id)
 * .withCouncil(gss).withDetail("reason", reason)}.
 */
public record AuditRecord(
    AuditAction action,
    String actor,
    String actorRole,
    String subjectType,
    String subjectId,
    String councilGss,
    String clientAddress,
    Map<String, Object> details) {

  public AuditRecord {
    Objects.requireNonNull(action, "action");
    actor = actor == null || actor.isBlank() ? "anonymous" : truncate(actor, 254);
    details = details == null ? Map.of() : Map.copyOf(details);
  }

  public static AuditRecord of(AuditAction action, String actor) {
    return new AuditRecord(action, actor, null, null, null, null, null, Map.of());
  }

  public AuditRecord withRole(String role) {
    return new AuditRecord(
        action, actor, role, subjectType, subjectId, councilGss, clientAddress, details);
  }

  public AuditRecord about(String type, Object id) {
    return new AuditRecord(
        action, actor, actorRole, type, String.valueOf(id), councilGss, clientAddress, details);
  }

  public AuditRecord withCouncil(String gss) {
    return new AuditRecord(
        action, actor, actorRole, subjectType, subjectId, gss, clientAddress, details);
  }

  public AuditRecord from(String address) {
    return new AuditRecord(
        action,
        actor,
        actorRole,
        subjectType,
        subjectId,
        councilGss,
        truncate(address, 64),
        details);
  }

  public AuditRecord withDetail(String key, Object value) {
    Map<String, Object> more = new TreeMap<>(details);
    more.put(key, value);
    return new AuditRecord(
        action, actor, actorRole, subjectType, subjectId, councilGss, clientAddress, more);
  }

  private static String truncate(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
