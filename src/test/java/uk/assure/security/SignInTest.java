package uk.assure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** From invitation to signed in, and the ways it must refuse. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class SignInTest {

  private static final String PASSWORD = "correct horse battery staple";

  @Autowired MockMvc mvc;
  @Autowired Invitations invitations;

  @Test
  void anInvitedAssessorChoosesAPasswordOnceAndSignsIn() throws Exception {
    String token = invite("new.assessor@example.org", "assessor", null);

    mvc.perform(get("/invitations/" + token))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("new.assessor@example.org")));
    mvc.perform(
            post("/invitations/" + token)
                .with(csrf())
                .param("password", PASSWORD)
                .param("confirmation", PASSWORD))
        .andExpect(redirectedUrl("/sign-in?invited"));
    mvc.perform(
            formLogin("/sign-in")
                .userParameter("email")
                .user("New.Assessor@example.org")
                .password(PASSWORD))
        .andExpect(redirectedUrl("/staff"));

    mvc.perform(
            post("/invitations/" + token)
                .with(csrf())
                .param("password", PASSWORD)
                .param("confirmation", PASSWORD))
        .andExpect(status().isNotFound());
  }

  @Test
  void aCouncilUserLandsInTheirCouncilsArea() throws Exception {
    String token = invite("officer@camden.example.org", "council", TestUsers.CAMDEN);
    invitations.accept(token, PASSWORD);

    mvc.perform(
            formLogin("/sign-in")
                .userParameter("email")
                .user("officer@camden.example.org")
                .password(PASSWORD))
        .andExpect(redirectedUrl("/council"));
  }

  @Test
  void aShortOrMismatchedPasswordIsRefusedWithAMessage() throws Exception {
    String token = invite("short@example.org", "analyst", null);

    mvc.perform(
            post("/invitations/" + token)
                .with(csrf())
                .param("password", "short")
                .param("confirmation", "short"))
        .andExpect(status().isBadRequest())
        .andExpect(
            content()
                .string(Matchers.containsString("Your password must be 12 characters or more")));
    mvc.perform(
            post("/invitations/" + token)
                .with(csrf())
                .param("password", PASSWORD)
                .param("confirmation", "different"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(Matchers.containsString("The passwords do not match")));
    assertThat(invitations.invited(token)).isPresent();
  }

  @Test
  void repeatedWrongPasswordsMakeTheNextAttemptWait() throws Exception {
    String token = invite("guessed@example.org", "panel", null);
    invitations.accept(token, PASSWORD);

    int pastTheFreeOnes = SignInThrottle.PER_ACCOUNT_AND_ADDRESS.free() + 1;
    for (int attempt = 0; attempt < pastTheFreeOnes; attempt++) {
      mvc.perform(
              formLogin("/sign-in")
                  .userParameter("email")
                  .user("guessed@example.org")
                  .password("wrong"))
          .andExpect(redirectedUrl("/sign-in?error"));
    }

    mvc.perform(
            formLogin("/sign-in")
                .userParameter("email")
                .user("guessed@example.org")
                .password(PASSWORD))
        .andExpect(redirectedUrl("/sign-in?locked"));
    mvc.perform(get("/sign-in?locked"))
        .andExpect(content().string(Matchers.containsString("too many failed attempts")))
        .andExpect(content().string(Matchers.containsString("wait longer")));
  }

  @Test
  void invitationsNeedAValidRoleAndCouncil() {
    assertThat(invitations.invite("x@example.org", "superuser", null))
        .isInstanceOf(Invitations.Outcome.Refused.class);
    assertThat(invitations.invite("y@example.org", "council", "E99999999"))
        .isInstanceOf(Invitations.Outcome.Refused.class);
    assertThat(invitations.invite("<script>@example.org", "admin", null))
        .isInstanceOf(Invitations.Outcome.Refused.class);
    invitations.invite("twice@example.org", "admin", null);
    assertThat(invitations.invite("TWICE@example.org", "admin", null))
        .isInstanceOf(Invitations.Outcome.Refused.class);
  }

  private String invite(String email, String role, String council) {
    var outcome = (Invitations.Outcome.Invited) invitations.invite(email, role, council);
    return outcome.link().substring(outcome.link().lastIndexOf('/') + 1);
  }
}
