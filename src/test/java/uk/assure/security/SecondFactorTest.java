package uk.assure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** With second factors required for staff, a password alone reaches nothing but the code page. */
@Tag("database")
@SpringBootTest(properties = "assure.security.staff-second-factor=required")
@AutoConfigureMockMvc
class SecondFactorTest {

  private static final String PASSWORD = "a password long enough";

  @Autowired MockMvc mvc;
  @Autowired Invitations invitations;
  @Autowired TotpCodes codes;

  @Test
  void aStaffMemberSetsUpAnAppThenNeedsItsCodeEveryTime() throws Exception {
    var invited =
        TestUsers.signedUp(invitations, "lead@example.org", "lead_assessor", null, PASSWORD);

    MvcResult signIn =
        mvc.perform(
                formLogin("/sign-in")
                    .userParameter("email")
                    .user("lead@example.org")
                    .password(PASSWORD))
            .andExpect(redirectedUrl("/sign-in/set-up-code"))
            .andReturn();
    Cookie session = signIn.getResponse().getCookie("SESSION");
    mvc.perform(get("/staff").cookie(session)).andExpect(status().isForbidden());

    MvcResult setUp =
        mvc.perform(get("/sign-in/set-up-code").cookie(session))
            .andExpect(status().isOk())
            .andReturn();
    String secret = ((String) setUp.getModelAndView().getModel().get("secret")).replace(" ", "");
    mvc.perform(post("/sign-in/set-up-code").cookie(session).with(csrf()).param("code", "000000x"))
        .andExpect(status().isBadRequest());
    MvcResult done =
        mvc.perform(
                post("/sign-in/set-up-code")
                    .cookie(session)
                    .with(csrf())
                    .param("code", codes.code(secret, Instant.now())))
            .andExpect(redirectedUrl("/staff"))
            .andReturn();
    Cookie signedIn = done.getResponse().getCookie("SESSION");
    mvc.perform(get("/staff").cookie(signedIn == null ? session : signedIn))
        .andExpect(status().isOk());

    MvcResult again =
        mvc.perform(
                formLogin("/sign-in")
                    .userParameter("email")
                    .user("lead@example.org")
                    .password(PASSWORD))
            .andExpect(redirectedUrl("/sign-in/code"))
            .andReturn();
    Cookie second = again.getResponse().getCookie("SESSION");
    mvc.perform(post("/sign-in/code").cookie(second).with(csrf()).param("code", "123"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/sign-in/code")
                .cookie(second)
                .with(csrf())
                .param("code", codes.code(secret, Instant.now())))
        .andExpect(redirectedUrl("/staff"));
  }

  @Test
  void councilUsersAreNotAskedForACode() throws Exception {
    var invited =
        TestUsers.signedUp(
            invitations, "officer@hackney.example.org", "council", "E09000012", PASSWORD);

    mvc.perform(
            formLogin("/sign-in")
                .userParameter("email")
                .user("officer@hackney.example.org")
                .password(PASSWORD))
        .andExpect(redirectedUrl("/council"));
    assertThat(codes.matches("JBSWY3DPEHPK3PXP", "12345")).isFalse();
  }
}
