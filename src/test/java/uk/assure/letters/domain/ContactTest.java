package uk.assure.letters.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.assure.council.domain.GssCode;

class ContactTest {

  private static final GssCode CAMDEN = new GssCode("E09000007");

  @Test
  void aContactAsTypedIsTidiedAndItsAddressLowerCased() {
    Contact.Checked checked =
        Contact.check(
            UUID.randomUUID(), CAMDEN, "dass", "  Ada Lovelace ", " Ada@Camden.GOV.uk ", " DASS ");

    assertThat(checked.problems()).isEmpty();
    Contact contact = checked.contact().orElseThrow();
    assertThat(contact.kind()).isEqualTo(ContactKind.DASS);
    assertThat(contact.name()).isEqualTo("Ada Lovelace");
    assertThat(contact.email().value()).isEqualTo("ada@camden.gov.uk");
    assertThat(contact.jobTitle()).isEqualTo("DASS");
  }

  @Test
  void eachProblemIsNamedOnItsField() {
    Contact.Checked checked =
        Contact.check(UUID.randomUUID(), CAMDEN, "mayor", "", "not an address", "x".repeat(201));

    assertThat(checked.contact()).isEmpty();
    assertThat(checked.problems())
        .containsExactly(
            new Contact.Problem("kind", "contacts.problem.kind"),
            new Contact.Problem("name", "contacts.problem.name"),
            new Contact.Problem("email", "contacts.problem.email"),
            new Contact.Problem("jobTitle", "contacts.problem.jobTitleTooLong"));
    assertThat(Contact.check(UUID.randomUUID(), CAMDEN, "dass", "A", " ", "").problems())
        .containsExactly(new Contact.Problem("email", "contacts.problem.emailMissing"));
  }
}
