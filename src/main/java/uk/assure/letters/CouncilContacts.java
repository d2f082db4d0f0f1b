package uk.assure.letters;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.council.domain.GssCode;
import uk.assure.letters.domain.Contact;
import uk.assure.shared.domain.Refusal;

/**
 * Councils' named contacts, kept by administrators and by each council's own users, every change
 * audited. Letters about a council's assessment go to all of them.
 */
@Service
public class CouncilContacts {

  /** What became of a change to a council's contacts. */
  public sealed interface Outcome {
    record Done(Contact contact) implements Outcome {}

    record Refused(List<Refusal> problems) implements Outcome {}

    /** Someone changed or removed the contact since the person looked. */
    record Stale() implements Outcome {}
  }

  private final ContactRecords records;
  private final AuditTrail audit;
  private final Clock clock;

  CouncilContacts(ContactRecords records, AuditTrail audit, Clock clock) {
    this.records = records;
    this.audit = audit;
    this.clock = clock;
  }

  public List<Contact> of(GssCode council) {
    return records.of(council);
  }

  /** One of this council's contacts, if it is one. */
  public Optional<Contact> find(GssCode council, UUID id) {
    return records.find(id).filter(c -> c.council().equals(council));
  }

  @Transactional
  public Outcome add(
      GssCode council, String kind, String name, String email, String jobTitle, String actor) {
    Contact.Checked checked =
        Contact.check(UUID.randomUUID(), council, kind, name, email, jobTitle);
    if (checked.contact().isEmpty()) {
      return new Outcome.Refused(checked.problems());
    }
    Contact contact = checked.contact().get();
    if (!records.add(contact, actor, clock.instant())) {
      return new Outcome.Refused(List.of(new Refusal("email", "contacts.problem.already")));
    }
    audited(AuditAction.CONTACT_ADDED, contact, actor);
    return new Outcome.Done(contact);
  }

  @Transactional
  public Outcome change(
      GssCode council,
      UUID id,
      int seenVersion,
      String kind,
      String name,
      String email,
      String jobTitle,
      String actor) {
    Optional<Contact> current = find(council, id);
    if (current.isEmpty()) {
      return new Outcome.Stale();
    }
    Contact.Checked checked = Contact.check(id, council, kind, name, email, jobTitle);
    if (checked.contact().isEmpty()) {
      return new Outcome.Refused(checked.problems());
    }
    Contact contact = checked.contact().get();
    if (current.get().version() != seenVersion) {
      return new Outcome.Stale();
    }
    if (!records.change(contact, seenVersion, actor, clock.instant())) {
      return find(council, id).filter(c -> c.version() == seenVersion).isPresent()
          ? new Outcome.Refused(List.of(new Refusal("email", "contacts.problem.already")))
          : new Outcome.Stale();
    }
    audited(AuditAction.CONTACT_CHANGED, contact, actor);
    return new Outcome.Done(contact);
  }

  @Transactional
  public Outcome remove(GssCode council, UUID id, int seenVersion, String actor) {
    Optional<Contact> current = find(council, id);
    if (current.isEmpty() || !records.remove(id, seenVersion)) {
      return new Outcome.Stale();
    }
    audited(AuditAction.CONTACT_REMOVED, current.get(), actor);
    return new Outcome.Done(current.get());
  }

  private void audited(AuditAction action, Contact contact, String actor) {
    audit.record(
        AuditRecord.of(action, actor)
            .about("contact", contact.id())
            .withCouncil(contact.council().value())
            .withDetail("kind", contact.kind().code())
            .withDetail("name", contact.name())
            .withDetail("email", contact.email().value())
            .withDetail("jobTitle", contact.jobTitle()));
  }
}
