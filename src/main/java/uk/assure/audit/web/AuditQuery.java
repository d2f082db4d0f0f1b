package uk.assure.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import uk.assure.audit.AuditFilter;
import uk.assure.audit.domain.AuditAction;
import uk.assure.shared.web.PageNumber;

/**
 * The audit page's query as typed, read into the filter and the page to show; {@code problems}
 * names each field that could not be read (its message key is {@code audit.problem.<field>}).
 */
record AuditQuery(AuditFilter filter, int page, List<String> problems) {

  AuditQuery {
    problems = List.copyOf(problems);
  }

  /** Reads the query; a page number that is not a small whole number shows the first page. */
  static AuditQuery read(
      String action,
      String actor,
      String council,
      String subject,
      String from,
      String to,
      String page) {
    List<String> problems = new ArrayList<>();
    AuditAction chosen = null;
    if (!action.isBlank()) {
      try {
        chosen = AuditAction.fromCode(action);
      } catch (IllegalArgumentException e) {
        problems.add("action");
      }
    }
    LocalDate fromDate = date(from, "from", problems);
    LocalDate toDate = date(to, "to", problems);
    int pageNumber = PageNumber.read(page);
    return new AuditQuery(
        new AuditFilter(chosen, actor, council, subject, fromDate, toDate), pageNumber, problems);
  }

  /** Whether every field could be read. */
  boolean readable() {
    return problems.isEmpty();
  }

  private static LocalDate date(String text, String field, List<String> problems) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(field);
      return null;
    }
  }
}
