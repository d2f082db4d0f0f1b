package uk.assure.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.assure.audit.AuditFilter;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.audit.domain.AuditEntry;

/** The audit trail for administrators, filtered and a page at a time, with its chain checked. */
@Controller
class AuditController {

  static final int PAGE_SIZE = 50;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  private final AuditTrail audit;

  AuditController(AuditTrail audit) {
    this.audit = audit;
  }

  /** One entry as the table shows it. */
  record Row(
      long sequence,
      String when,
      String actor,
      String action,
      String subject,
      String council,
      String details,
      String hash) {}

  @GetMapping("/staff/admin/audit")
  String trail(
      @RequestParam(defaultValue = "") String action,
      @RequestParam(defaultValue = "") String actor,
      @RequestParam(defaultValue = "") String council,
      @RequestParam(defaultValue = "") String subject,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "1") String page,
      Model model,
      HttpServletResponse response) {
    AuditQuery query = AuditQuery.read(action, actor, council, subject, from, to, page);
    model.addAttribute(
        "actions", Arrays.stream(AuditAction.values()).map(AuditAction::code).toList());
    model.addAttribute("filter", new FilterView(action, actor, council, subject, from, to));
    model.addAttribute("problems", query.problems());
    model.addAttribute("chain", audit.verify());
    if (!query.readable()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("rows", List.of());
      model.addAttribute("total", 0L);
      return "audit/trail";
    }
    AuditFilter filter = query.filter();
    int pageNumber = query.page();
    long total = audit.count(filter);
    model.addAttribute(
        "rows",
        audit.find(filter, pageNumber, PAGE_SIZE).stream().map(AuditController::row).toList());
    model.addAttribute("total", total);
    model.addAttribute("page", pageNumber);
    model.addAttribute("hasNext", (long) pageNumber * PAGE_SIZE < total);
    model.addAttribute(
        "query",
        "action="
            + enc(action)
            + "&actor="
            + enc(actor)
            + "&council="
            + enc(council)
            + "&subject="
            + enc(subject)
            + "&from="
            + enc(from)
            + "&to="
            + enc(to));
    return "audit/trail";
  }

  /** What the person typed, shown back in the filter form. */
  record FilterView(
      String action, String actor, String council, String subject, String from, String to) {}

  private static Row row(AuditEntry entry) {
    String details = entry.details();
    return new Row(
        entry.sequence(),
        WHEN.format(entry.occurredAt()),
        entry.actor(),
        entry.action().code(),
        entry.subjectType() == null ? "" : entry.subjectType() + " " + entry.subjectId(),
        entry.councilGss() == null ? "" : entry.councilGss(),
        details.length() > 300 ? details.substring(0, 300) + "…" : details,
        entry.hash().substring(0, 12));
  }

  private static String enc(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
