package uk.assure.audit;

import java.time.LocalDate;
import uk.assure.audit.domain.AuditAction;

/** Which audit entries to show: each part is optional and all given parts must match. */
public record AuditFilter(
    AuditAction action,
    String actor,
    String councilGss,
    String subjectId,
    LocalDate from,
    LocalDate to) {

  public static AuditFilter everything() {
    return new AuditFilter(null, null, null, null, null, null);
  }
}
