package uk.assure.letters.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.assure.council.domain.GssCode;
import uk.assure.security.domain.EmailAddress;
import uk.assure.shared.domain.Refusal;

/**
 * A named person at a council who is written to about its assessment.
 *
 * @param jobTitle their job title as the council gives it; may be empty
 * @param version for editing: a change made from an older version is refused
 */
public record Contact(
    UUID id,
    GssCode council,
    ContactKind kind,
    String name,
    EmailAddress email,
    String jobTitle,
    int version) {

  public static final int MAX_NAME = 200;
  public static final int MAX_JOB_TITLE = 200;

  public Contact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(email, "email");
    if (name == null || name.isBlank() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("A contact needs a name of up to " + MAX_NAME);
    }
    jobTitle = jobTitle == null ? "" : jobTitle;
    if (jobTitle.length() > MAX_JOB_TITLE) {
      throw new IllegalArgumentException("A job title is at most " + MAX_JOB_TITLE);
    }
  }

  /**
   * The contact described by what someone typed, or the problems with it: a known kind, a name, a
   * real email address and a job title that is not too long.
   */
  public static Checked check(
      UUID id, GssCode council, String kind, String name, String email, String jobTitle) {
    List<Refusal> problems = new ArrayList<>();
    Optional<ContactKind> foundKind = ContactKind.find(kind == null ? "" : kind);
    if (foundKind.isEmpty()) {
      problems.add(new Refusal("kind", "contacts.problem.kind"));
    }
    String strippedName = name == null ? "" : name.strip();
    if (strippedName.isEmpty()) {
      problems.add(new Refusal("name", "contacts.problem.name"));
    } else if (strippedName.length() > MAX_NAME) {
      problems.add(new Refusal("name", "contacts.problem.nameTooLong"));
    }
    Optional<EmailAddress> address = EmailAddress.parse(email);
    if (email == null || email.isBlank()) {
      problems.add(new Refusal("email", "contacts.problem.emailMissing"));
    } else if (address.isEmpty()) {
      problems.add(new Refusal("email", "contacts.problem.email"));
    }
    String strippedTitle = jobTitle == null ? "" : jobTitle.strip();
    if (strippedTitle.length() > MAX_JOB_TITLE) {
      problems.add(new Refusal("jobTitle", "contacts.problem.jobTitleTooLong"));
    }
    if (!problems.isEmpty()) {
      return new Checked(Optional.empty(), problems);
    }
    return new Checked(
        Optional.of(
            new Contact(
                id,
                council,
                foundKind.orElseThrow(),
                strippedName,
                address.orElseThrow(),
                strippedTitle,
                0)),
        List.of());
  }

  /** A contact as typed, or why it cannot be one. */
  public record Checked(Optional<Contact> contact, List<Refusal> problems) {
    public Checked {
      problems = List.copyOf(problems);
    }
  }
}
