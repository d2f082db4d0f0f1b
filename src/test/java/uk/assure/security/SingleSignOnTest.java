package uk.assure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Single sign-on, configured with an identity provider's addresses (none is contacted). */
@Tag("database")
@SpringBootTest(
    properties = {
      "spring.security.oauth2.client.registration.assure.client-id=assure",
      "spring.security.oauth2.client.registration.assure.client-secret=not-a-secret",
      "spring.security.oauth2.client.registration.assure.scope=openid,email",
      "spring.security.oauth2.client.registration.assure.authorization-grant-type=authorization_code",
      "spring.security.oauth2.client.registration.assure.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
      "spring.security.oauth2.client.registration.assure.provider=idp",
      "spring.security.oauth2.client.provider.idp.authorization-uri=https://idp.example.org/authorize",
      "spring.security.oauth2.client.provider.idp.token-uri=https://idp.example.org/token",
      "spring.security.oauth2.client.provider.idp.jwk-set-uri=https://idp.example.org/jwks",
      "spring.security.oauth2.client.provider.idp.user-name-attribute=email"
    })
@AutoConfigureMockMvc
class SingleSignOnTest {

  @Autowired MockMvc mvc;
  @Autowired SingleSignOn singleSignOn;
  @Autowired Invitations invitations;

  @Test
  void theSignInPageOffersSingleSignOnWhichGoesToTheIdentityProvider() throws Exception {
    mvc.perform(get("/sign-in"))
        .andExpect(content().string(containsString("Sign in with single sign-on")));
    mvc.perform(get("/oauth2/authorization/assure"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", startsWith("https://idp.example.org/authorize?")))
        .andExpect(header().string("Location", containsString("client_id=assure")));
  }

  @Test
  void onlyActiveStaffAccountsWithAVerifiedAddressGetIn() {
    invitations.invite("sso.assessor@example.org", "assessor", null);
    invitations.invite("sso.council@example.org", "council", "E09000007");

    assertThat(singleSignOn.staffAccountFor("SSO.Assessor@example.org", true)).isPresent();
    assertThat(singleSignOn.staffAccountFor("sso.assessor@example.org", false)).isEmpty();
    assertThat(singleSignOn.staffAccountFor("sso.council@example.org", true)).isEmpty();
    assertThat(singleSignOn.staffAccountFor("nobody@example.org", true)).isEmpty();
  }
}
