package uk.assure.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.assure.council.domain.GssCode;
import uk.assure.letters.domain.Contact;
import uk.assure.letters.domain.LetterKind;
import uk.assure.letters.domain.LetterTemplate;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;
import uk.assure.testing.Councils;

/** Keeping councils' contacts, by administrators and by councils, and the wording of letters. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class ContactsAndLettersPagesTest {

  private static final String WARRINGTON =
      Councils.claim(ContactsAndLettersPagesTest.class, "E06000007");
  private static final String BLACKPOOL =
      Councils.claim(ContactsAndLettersPagesTest.class, "E06000009");

  @Autowired MockMvc mvc;
  @Autowired CouncilContacts contacts;
  @Autowired Letters letters;
  @Autowired JdbcClient jdbc;

  private final RequestPostProcessor admin = user(TestUsers.withRole(Role.ADMIN));
  private final RequestPostProcessor warrington = user(TestUsers.ofCouncil(WARRINGTON));

  @Test
  void anAdministratorAddsAContactAndTheChangeIsAudited() throws Exception {
    String page = "/staff/admin/councils/" + BLACKPOOL + "/contacts";
    mvc.perform(
            post(page)
                .with(admin)
                .with(csrf())
                .param("kind", "dass")
                .param("name", "Bea Director")
                .param("email", "Bea.Director@Blackpool.example.org")
                .param("jobTitle", "Director of Adult Social Services"))
        .andExpect(redirectedUrl(page));

    mvc.perform(get(page).with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Bea Director")))
        .andExpect(content().string(containsString("bea.director@blackpool.example.org")))
        .andExpect(content().string(containsString("Director of adult social services")));
    assertThat(audited("contact_added", BLACKPOOL)).isGreaterThanOrEqualTo(1);
    mvc.perform(get("/staff/admin/councils").with(admin))
        .andExpect(content().string(containsString(page)));
  }

  @Test
  void aCouncilKeepsItsOwnContactsAndBadInputChangesNothing() throws Exception {
    mvc.perform(
            post("/council/contacts")
                .with(warrington)
                .with(csrf())
                .param("kind", "principal_social_worker")
                .param("name", "Pat Worker")
                .param("email", "pat.worker@warrington.example.org"))
        .andExpect(redirectedUrl("/council/contacts"));
    Contact pat = only("pat.worker@warrington.example.org");
    long before = count(WARRINGTON);

    mvc.perform(
            post("/council/contacts")
                .with(warrington)
                .with(csrf())
                .param("kind", "mayor")
                .param("name", "")
                .param("email", "not an email"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Choose the part this person plays")))
        .andExpect(content().string(containsString("Enter the person&#39;s name")))
        .andExpect(
            content().string(containsString("Enter an email address in the correct format")));
    mvc.perform(
            post("/council/contacts")
                .with(warrington)
                .with(csrf())
                .param("kind", "principal_social_worker")
                .param("name", "Pat Again")
                .param("email", "PAT.WORKER@warrington.example.org"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("already a contact")));
    assertThat(count(WARRINGTON)).isEqualTo(before);

    String edit = "/council/contacts/" + pat.id();
    // A version that is not a number is not taken as the first one.
    mvc.perform(
            post(edit)
                .with(warrington)
                .with(csrf())
                .param("version", "not a number")
                .param("kind", "dass")
                .param("name", "Made up")
                .param("email", "made.up@warrington.example.org"))
        .andExpect(status().isConflict());
    mvc.perform(
            post(edit)
                .with(warrington)
                .with(csrf())
                .param("version", "0")
                .param("kind", "assessment_contact")
                .param("name", "Pat Worker")
                .param("email", "pat@warrington.example.org"))
        .andExpect(redirectedUrl("/council/contacts"));
    mvc.perform(
            post(edit)
                .with(warrington)
                .with(csrf())
                .param("version", "0")
                .param("kind", "dass")
                .param("name", "From an old page")
                .param("email", "old@warrington.example.org"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Someone else changed or removed")));
    Contact changed = contacts.find(new GssCode(WARRINGTON), pat.id()).orElseThrow();
    assertThat(changed.email().value()).isEqualTo("pat@warrington.example.org");
    assertThat(changed.version()).isEqualTo(1);
    assertThat(audited("contact_changed", WARRINGTON)).isGreaterThanOrEqualTo(1);

    mvc.perform(post(edit + "/remove").with(warrington).with(csrf()).param("version", "1"))
        .andExpect(redirectedUrl("/council/contacts"));
    assertThat(contacts.find(new GssCode(WARRINGTON), pat.id())).isEmpty();
    assertThat(audited("contact_removed", WARRINGTON)).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aCouncilCannotSeeOrChangeAnotherCouncilsContacts() throws Exception {
    contacts.add(new GssCode(BLACKPOOL), "dass", "Hidden", "hidden@blackpool.example.org", "", "t");
    Contact hidden = only("hidden@blackpool.example.org");

    mvc.perform(get("/council/contacts").with(warrington))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("hidden@blackpool.example.org"))));
    mvc.perform(get("/council/contacts/" + hidden.id()).with(warrington))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/council/contacts/" + hidden.id() + "/remove")
                .with(warrington)
                .with(csrf())
                .param("version", "0"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/staff/admin/councils/" + BLACKPOOL + "/contacts").with(warrington))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/staff/admin/councils/" + BLACKPOOL + "/contacts")
                .with(user(TestUsers.withRole(Role.LEAD_ASSESSOR))))
        .andExpect(status().isForbidden());
    assertThat(contacts.find(new GssCode(BLACKPOOL), hidden.id())).isPresent();
  }

  @Test
  void anAdministratorRewordsALetterButAnUnknownPlaceholderIsRefused() throws Exception {
    String page = "/staff/admin/letters/withdrawal";
    mvc.perform(get("/staff/admin/letters").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Assessment withdrawn")))
        .andExpect(content().string(containsString(page)));
    LetterTemplate original = letters.template(LetterKind.WITHDRAWAL);
    try {
      rewordWithdrawal(page, original);
    } finally {
      // Other tests read the letter as first worded.
      letters.save(
          LetterKind.WITHDRAWAL,
          letters.template(LetterKind.WITHDRAWAL).version(),
          original.subject(),
          original.body(),
          "t@example.org");
    }
  }

  private void rewordWithdrawal(String page, LetterTemplate original) throws Exception {
    int version = original.version();
    String before = original.body();

    mvc.perform(
            post(page)
                .with(admin)
                .with(csrf())
                .param("version", Integer.toString(version))
                .param("subject", "Withdrawn: {council}")
                .param("body", "We stopped on {withdrawalDate} because {reason}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("{withdrawalDate} is not a placeholder")))
        .andExpect(content().string(containsString("{council}, {link}, {reason}")));
    assertThat(letters.template(LetterKind.WITHDRAWAL).body()).isEqualTo(before);
    mvc.perform(
            post(page)
                .with(admin)
                .with(csrf())
                .param("version", "1e9")
                .param("subject", "From a made-up page")
                .param("body", "Made up"))
        .andExpect(status().isConflict());
    assertThat(letters.template(LetterKind.WITHDRAWAL).subject()).isEqualTo(original.subject());

    mvc.perform(
            post(page)
                .with(admin)
                .with(csrf())
                .param("version", Integer.toString(version))
                .param("subject", "Withdrawn: {council}")
                .param("body", before + "\n\nQuestions? Reply to this email."))
        .andExpect(redirectedUrl("/staff/admin/letters"));
    assertThat(letters.template(LetterKind.WITHDRAWAL).subject()).isEqualTo("Withdrawn: {council}");
    assertThat(letters.template(LetterKind.WITHDRAWAL).version()).isEqualTo(version + 1);
    assertThat(audited("letter_template_changed", null)).isGreaterThanOrEqualTo(1);

    mvc.perform(
            post(page)
                .with(admin)
                .with(csrf())
                .param("version", Integer.toString(version))
                .param("subject", "From an old page")
                .param("body", "Old"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Someone else changed this letter")));
  }

  @Test
  void onlyAdministratorsOpenTheLettersAndOnlyKnownOnes() throws Exception {
    mvc.perform(get("/staff/admin/letters/no-such-letter").with(admin))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/staff/admin/letters/withdrawal")
                .with(user(TestUsers.withRole(Role.LEAD_ASSESSOR))))
        .andExpect(status().isForbidden());
  }

  @Test
  void theOutboxPageShowsEachMessagesStatus() throws Exception {
    mvc.perform(
            post("/council/contacts")
                .with(warrington)
                .with(csrf())
                .param("kind", "dass")
                .param("name", "Outbox Check")
                .param("email", "outbox.check@warrington.example.org"))
        .andExpect(status().is3xxRedirection());
    jdbc.sql(
            "INSERT INTO email_outbox (recipient, subject, body, created_at, next_attempt_at,"
                + " attempts, last_error) VALUES ('failing@example.org', 'Failing', 'x', now(),"
                + " now() + interval '4 minutes', 2, 'MailSendException: connection refused')")
        .update();
    mvc.perform(get("/staff/admin/outbox").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Queued: waiting to be sent")))
        .andExpect(content().string(containsString("2 attempts have failed")))
        .andExpect(content().string(containsString("MailSendException: connection refused")));
  }

  private Contact only(String email) {
    return jdbc
        .sql("SELECT council_gss FROM council_contacts WHERE email = ?")
        .param(email)
        .query(String.class)
        .list()
        .stream()
        .flatMap(gss -> contacts.of(new GssCode(gss)).stream())
        .filter(c -> c.email().value().equals(email))
        .findFirst()
        .orElseThrow();
  }

  private long count(String gss) {
    return contacts.of(new GssCode(gss)).size();
  }

  private long audited(String action, String gss) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_events WHERE action = ?"
                + " AND (CAST(? AS varchar) IS NULL OR council_gss = ?)")
        .params(action, gss, gss)
        .query(Long.class)
        .single();
  }
}
