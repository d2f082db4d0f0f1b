package uk.assure.inforeturn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;

/** Admins keeping the catalogue of information return requests. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueAdminTest {

  @Autowired MockMvc mvc;
  @Autowired RequestCatalogue catalogue;

  private final RequestPostProcessor admin = user(TestUsers.withRole(Role.ADMIN));

  @Test
  void anAdminAddsARequestThenChangesAndRetiresIt() throws Exception {
    String code = "carers-" + System.nanoTime();
    mvc.perform(
            post("/staff/admin/request-items/new")
                .with(admin)
                .with(csrf())
                .param("code", code)
                .param("title", "Carers strategy")
                .param("guidance", "Your strategy for unpaid carers")
                .param("statements", "QS2", "QS3")
                .param("required", "true")
                .param("position", "75"))
        .andExpect(redirectedUrl("/staff/admin/request-items"));
    assertThat(catalogue.entry(code).orElseThrow().item().statements())
        .containsExactly("QS2", "QS3");

    mvc.perform(get("/staff/admin/request-items/" + code).with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Carers strategy")));
    mvc.perform(change(code, 0).param("retired", "true")).andExpect(status().is3xxRedirection());
    CatalogueEntry entry = catalogue.entry(code).orElseThrow();
    assertThat(entry.retired()).isTrue();
    assertThat(entry.version()).isEqualTo(1);

    mvc.perform(change(code, 0))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Someone else changed this request")));
    assertThat(catalogue.entry(code).orElseThrow().retired()).isTrue();
  }

  @Test
  void aTakenOrMalformedShortNameOrAMissingTitleIsRefused() throws Exception {
    mvc.perform(add("self-assessment", "Again"))
        .andExpect(status().isBadRequest())
        .andExpect(
            content().string(containsString("There is already a request with this short name")));
    mvc.perform(add("Not Valid!", "Title"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Enter a short name of lower-case letters")));
    mvc.perform(add("fine-name", " "))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Enter a title")));
    assertThat(catalogue.entry("fine-name")).isEmpty();
  }

  @Test
  void onlyAdminsKeepTheCatalogue() throws Exception {
    mvc.perform(
            get("/staff/admin/request-items").with(user(TestUsers.withRole(Role.LEAD_ASSESSOR))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/staff/admin/request-items/no-such-item").with(admin))
        .andExpect(status().isNotFound());
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder add(
      String code, String title) {
    return post("/staff/admin/request-items/new")
        .with(admin)
        .with(csrf())
        .param("code", code)
        .param("title", title)
        .param("position", "1");
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder change(
      String code, int version) {
    return post("/staff/admin/request-items/" + code)
        .with(admin)
        .with(csrf())
        .param("title", "Carers strategy")
        .param("guidance", "Your strategy for unpaid carers")
        .param("statements", "QS2")
        .param("position", "75")
        .param("version", String.valueOf(version));
  }
}
