package uk.assure.letters;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.GssCode;
import uk.assure.letters.domain.Audience;
import uk.assure.letters.domain.Contact;
import uk.assure.letters.domain.LetterKind;
import uk.assure.letters.domain.LetterTemplate;
import uk.assure.notification.EmailOutbox;
import uk.assure.security.BaseUrl;
import uk.assure.security.domain.EmailAddress;
import uk.assure.shared.domain.Refusal;

/**
 * Letters from their templates: written with the facts of the step and queued in the outbox, in the
 * caller's transaction, to every contact of the council (or, for staff messages, to the
 * assessment's leads). Administrators edit the templates.
 */
@Service
public class Letters {

  private static final Logger log = LoggerFactory.getLogger(Letters.class);

  /** What became of new wording for a letter. */
  public sealed interface Outcome {
    record Saved() implements Outcome {}

    record Refused(List<Refusal> problems) implements Outcome {}

    record Stale() implements Outcome {}
  }

  private final TemplateRecords templates;
  private final ContactRecords contacts;
  private final StaffRecipients staff;
  private final CouncilRegistry councils;
  private final EmailOutbox outbox;
  private final AuditTrail audit;
  private final Clock clock;
  private final BaseUrl baseUrl;

  Letters(
      TemplateRecords templates,
      ContactRecords contacts,
      StaffRecipients staff,
      CouncilRegistry councils,
      EmailOutbox outbox,
      AuditTrail audit,
      Clock clock,
      BaseUrl baseUrl) {
    this.templates = templates;
    this.contacts = contacts;
    this.staff = staff;
    this.councils = councils;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  public List<LetterTemplate> templates() {
    return templates.all();
  }

  public LetterTemplate template(LetterKind kind) {
    return templates
        .find(kind)
        .orElseThrow(() -> new IllegalStateException("No template for " + kind.code()));
  }

  /** Saves new wording, if every placeholder in it is one the letter knows. */
  @Transactional
  public Outcome save(LetterKind kind, int seenVersion, String subject, String body, String actor) {
    String cleanSubject = subject == null ? "" : subject.strip();
    String cleanBody = body == null ? "" : body.strip().replace("\r\n", "\n");
    List<Refusal> problems = LetterTemplate.check(kind, cleanSubject, cleanBody);
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    LetterTemplate changed = new LetterTemplate(kind, cleanSubject, cleanBody, seenVersion + 1);
    if (!templates.save(changed, seenVersion, actor, clock.instant())) {
      return new Outcome.Stale();
    }
    audit.record(
        AuditRecord.of(AuditAction.LETTER_TEMPLATE_CHANGED, actor)
            .about("letter", kind.code())
            .withDetail("subject", cleanSubject)
            .withDetail("body", cleanBody));
    return new Outcome.Saved();
  }

  /**
   * Writes a letter and queues it to everyone its kind goes to, in the caller's transaction; how
   * many copies were queued.
   *
   * @param path the page the letter links to, from the site's root
   * @param facts the values of the letter's own placeholders
   */
  public int send(
      LetterKind kind,
      AssessmentId assessment,
      GssCode council,
      String path,
      Map<String, String> facts) {
    Map<String, String> values = new LinkedHashMap<>(facts);
    values.put("council", councils.find(council).map(c -> c.name()).orElse(council.value()));
    values.put("link", baseUrl.forSignedIn() + path);
    LetterTemplate.Letter letter = template(kind).write(values);
    List<String> recipients =
        kind.audience() == Audience.COUNCIL
            ? contacts.of(council).stream()
                .map(Contact::email)
                .map(EmailAddress::value)
                .distinct()
                .toList()
            : staff.leadsOf(assessment).stream().map(EmailAddress::value).toList();
    if (recipients.isEmpty()) {
      log.info("No one to send the {} letter to for assessment {}", kind.code(), assessment);
    }
    String subject =
        letter.subject().length() > LetterTemplate.MAX_SUBJECT
            ? letter.subject().substring(0, LetterTemplate.MAX_SUBJECT - 1) + "\u2026"
            : letter.subject();
    recipients.forEach(to -> outbox.queue(to, subject, letter.body()));
    return recipients.size();
  }
}
