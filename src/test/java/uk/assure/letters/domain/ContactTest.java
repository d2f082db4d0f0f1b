package uk.assure.letters.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.assure.council.domain.GssCode;
import uk.assure.shared.domain.Refusal;

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
            new Refusal("kind", "contacts.problem.kind"),
            new Refusal("name", "contacts.problem.name"),
            new Refusal("email", "contacts.problem.email"),
            new Refusal("jobTitle", "contacts.problem.jobTitleTooLong"));
    assertThat(Contact.check(UUID.randomUUID(), CAMDEN, "dass", "A", " ", "").problems())
        .containsExactly(new Refusal("email", "contacts.problem.emailMissing"));
  }
}
