package uk.assure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import uk.assure.security.domain.Role;

/** A forgotten password, from the request to signing in with the new one; and the outbox. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class PasswordResetTest {

  private static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]{43})");

  @Autowired MockMvc mvc;
  @Autowired Invitations invitations;
  @Autowired JdbcClient jdbc;
  @Autowired FindByIndexNameSessionRepository<? extends Session> sessions;
  @Autowired uk.assure.notification.EmailOutbox outbox;

  @Test
  void aResetLinkIsEmailedUsedOnceAndTheNewPasswordWorks() throws Exception {
    var invited =
        (Invitations.Outcome.Invited) invitations.invite("forgetful@example.org", "analyst", null);
    invitations.accept(
        invited.link().substring(invited.link().lastIndexOf('/') + 1), "the first long password");

    mvc.perform(post("/sign-in/forgotten").with(csrf()).param("email", "Forgetful@example.org"))
        .andExpect(redirectedUrl("/sign-in/forgotten/sent"));
    String token = linkIn(lastEmailTo("forgetful@example.org"));

    mvc.perform(get("/password-reset/" + token)).andExpect(status().isOk());
    mvc.perform(
            post("/password-reset/" + token)
                .with(csrf())
                .param("password", "a second long password")
                .param("confirmation", "a second long password"))
        .andExpect(redirectedUrl("/sign-in?reset"));
    mvc.perform(
            formLogin("/sign-in")
                .userParameter("email")
                .user("forgetful@example.org")
                .password("a second long password"))
        .andExpect(redirectedUrl("/staff"));
    mvc.perform(
            post("/password-reset/" + token)
                .with(csrf())
                .param("password", "a third long password")
                .param("confirmation", "a third long password"))
        .andExpect(status().isNotFound());
  }

  @Test
  void anUnknownAddressGetsTheSameAnswerAndNoEmail() throws Exception {
    mvc.perform(post("/sign-in/forgotten").with(csrf()).param("email", "nobody.here@example.org"))
        .andExpect(redirectedUrl("/sign-in/forgotten/sent"));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM email_outbox WHERE recipient = 'nobody.here@example.org'")
                .query(Integer.class)
                .single())
        .isZero();
    mvc.perform(post("/sign-in/forgotten").with(csrf()).param("email", "not an address"))
        .andExpect(status().isBadRequest())
        .andExpect(
            content()
                .string(Matchers.containsString("Enter an email address in the correct format")));
  }

  @Test
  void anAdministratorInvitesSomeoneAndReadsTheEmailInTheOutbox() throws Exception {
    var admin = user(TestUsers.withRole(Role.ADMIN));
    mvc.perform(
            post("/staff/admin/users")
                .with(admin)
                .with(csrf())
                .param("email", "<script>x</script>")
                .param("role", "assessor"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(Matchers.containsString("&lt;script&gt;x&lt;/script&gt;")));
    mvc.perform(
            post("/staff/admin/users")
                .with(admin)
                .with(csrf())
                .param("email", "panel.member@example.org")
                .param("role", "panel"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("/invitations/")));
    mvc.perform(get("/staff/admin/users").with(admin))
        .andExpect(content().string(Matchers.containsString("panel.member@example.org")));
    mvc.perform(get("/staff/admin/outbox").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("You have been invited to Assure")));
    mvc.perform(get("/staff/admin/outbox").with(user(TestUsers.withRole(Role.ASSESSOR))))
        .andExpect(status().isForbidden());
  }

  @Test
  void aNewPasswordEndsTheAccountsOtherSessionsAndMakesItsOtherLinksUseless() throws Exception {
    var invited =
        (Invitations.Outcome.Invited) invitations.invite("stolen@example.org", "assessor", null);
    invitations.accept(
        invited.link().substring(invited.link().lastIndexOf('/') + 1), "the first long password");
    signedInElsewhere(sessions, "stolen@example.org");
    assertThat(sessions.findByPrincipalName("stolen@example.org")).hasSize(1);

    mvc.perform(post("/sign-in/forgotten").with(csrf()).param("email", "stolen@example.org"));
    String older = linkIn(lastEmailTo("stolen@example.org"));
    mvc.perform(
        post("/sign-in/forgotten")
            .with(csrf())
            .with(
                r -> {
                  r.setRemoteAddr("192.0.2.9");
                  return r;
                })
            .param("email", "stolen@example.org"));
    String newer = linkIn(lastEmailTo("stolen@example.org"));
    assertThat(newer).isNotEqualTo(older);

    mvc.perform(
            post("/password-reset/" + newer)
                .with(csrf())
                .param("password", "a second long password")
                .param("confirmation", "a second long password"))
        .andExpect(redirectedUrl("/sign-in?reset"));

    assertThat(sessions.findByPrincipalName("stolen@example.org")).isEmpty();
    mvc.perform(get("/password-reset/" + older)).andExpect(status().isNotFound());
  }

  private static <S extends Session> void signedInElsewhere(
      FindByIndexNameSessionRepository<S> repository, String email) {
    S session = repository.createSession();
    session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, email);
    repository.save(session);
  }

  private String lastEmailTo(String recipient) {
    return jdbc.sql("SELECT body FROM email_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1")
        .param(recipient)
        .query(String.class)
        .single();
  }

  private static String linkIn(String body) {
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as("a reset link in: " + body).isTrue();
    return link.group(1);
  }

  @Test
  void withoutAConfiguredAddressAnInvitationLinkUsesTheAddressTheAdministratorReachedAssureAt()
      throws Exception {
    mvc.perform(
            post("/staff/admin/users")
                .with(user(TestUsers.withRole(Role.ADMIN)))
                .with(csrf())
                .with(
                    request -> {
                      request.setScheme("https");
                      request.setServerName("assure.council-test.example");
                      request.setServerPort(8443);
                      return request;
                    })
                .param("email", "port.check@example.org")
                .param("role", "analyst"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    Matchers.containsString(
                        "https://assure.council-test.example:8443/invitations/")));
  }

  @Test
  void withoutAConfiguredAddressAResetLinkUsesThePortAskedOnButNeverTheAddressTheRequestNames()
      throws Exception {
    invitations.invite("port.reset@example.org", "analyst", null);
    mvc.perform(
            post("/sign-in/forgotten")
                .with(csrf())
                .with(
                    request -> {
                      request.setServerName("attacker.example");
                      request.setServerPort(9191);
                      return request;
                    })
                .param("email", "port.reset@example.org"))
        .andExpect(redirectedUrl("/sign-in/forgotten/sent"));

    String body =
        outbox.newest(0, 20).stream()
            .filter(m -> m.recipient().equals("port.reset@example.org"))
            .filter(m -> m.body().contains("/password-reset/"))
            .findFirst()
            .orElseThrow()
            .body();
    assertThat(body).contains("http://localhost:9191/password-reset/").doesNotContain("attacker");
  }
}
