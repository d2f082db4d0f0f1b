package uk.assure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import uk.assure.audit.AuditFilter;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.security.domain.EmailAddress;
import uk.assure.security.domain.Role;
import uk.assure.security.domain.UserAccount;

/** Administrators changing access, which applies at once and is audited. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class AccountChangesTest {

  private static final String PASSWORD = "a password for changes";

  @Autowired MockMvc mvc;
  @Autowired Invitations invitations;
  @Autowired UserAccounts accounts;
  @Autowired AccountChanges changes;
  @Autowired AuditTrail audit;

  @Test
  void aRoleChangeIsAuditedAndEndsThePersonsSessions() throws Exception {
    UserAccount person = active("moving@example.org", "assessor");
    Cookie session =
        mvc.perform(
                formLogin("/sign-in")
                    .userParameter("email")
                    .user("moving@example.org")
                    .password(PASSWORD))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(get("/staff").cookie(session)).andExpect(status().isOk());

    mvc.perform(
            post("/staff/admin/users/" + person.id())
                .with(user(TestUsers.withRole(Role.ADMIN)))
                .with(csrf())
                .param("role", "panel")
                .param("active", "true")
                .param("version", String.valueOf(person.version())))
        .andExpect(redirectedUrl("/staff/admin/users"));

    assertThat(accounts.find(person.id()).orElseThrow().role()).isEqualTo(Role.PANEL);
    mvc.perform(get("/staff").cookie(session)).andExpect(redirectedUrl("/sign-in"));
    assertThat(
            audit.find(
                new AuditFilter(
                    AuditAction.ROLE_CHANGED, null, null, "moving@example.org", null, null),
                1,
                5))
        .hasSize(1)
        .first()
        .satisfies(
            e ->
                assertThat(e.details())
                    .contains("\"fromRole\":\"assessor\"")
                    .contains("\"toRole\":\"panel\""));
  }

  @Test
  void aStaleChangeIsRefusedAndAnAdminCannotDemoteThemselves() {
    UserAccount person = active("stale@example.org", "analyst");
    AssureUser admin = TestUsers.withRole(Role.ADMIN);

    assertThat(changes.change(person.id(), person.version(), "panel", "", true, admin))
        .isEqualTo(AccountChanges.Outcome.CHANGED);
    assertThat(changes.change(person.id(), person.version(), "assessor", "", true, admin))
        .isEqualTo(AccountChanges.Outcome.CHANGED_BY_SOMEONE_ELSE);
    assertThat(changes.change(person.id(), person.version() + 1, "council", "", true, admin))
        .isEqualTo(AccountChanges.Outcome.COUNCIL_NEEDED);

    UserAccount self = active("self@example.org", "admin");
    AssureUser selfSignedIn = new AssureUser(self);
    assertThat(changes.change(self.id(), self.version(), "assessor", "", true, selfSignedIn))
        .isEqualTo(AccountChanges.Outcome.NOT_YOUR_OWN_ADMIN_ROLE);
  }

  @Test
  void aDeactivatedPersonCannotSignIn() throws Exception {
    UserAccount person = active("leaver@example.org", "assessor");

    changes.change(
        person.id(), person.version(), "assessor", "", false, TestUsers.withRole(Role.ADMIN));

    mvc.perform(
            formLogin("/sign-in")
                .userParameter("email")
                .user("leaver@example.org")
                .password(PASSWORD))
        .andExpect(redirectedUrl("/sign-in?error"));
  }

  @Test
  void aTamperedSessionCookieIsTreatedAsNoSession() throws Exception {
    mvc.perform(get("/staff").cookie(new Cookie("SESSION", "bm90LWEtcmVhbC1zZXNzaW9u")))
        .andExpect(redirectedUrl("/sign-in"));
  }

  private UserAccount active(String email, String role) {
    var invited = TestUsers.signedUp(invitations, email, role, null, PASSWORD);
    return accounts.find(new EmailAddress(email)).orElseThrow();
  }
}
