package uk.assure.rating.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** A revised framework file, named in the configuration, changes the page with no code change. */
@Tag("database")
@SpringBootTest(properties = "assure.framework.file=src/test/resources/framework/revised.yaml")
@AutoConfigureMockMvc
class RevisedFrameworkPageTest {

  @Autowired private MockMvc mvc;

  @Test
  void thePageShowsTheRevisedWordingAndThePublishedScoreDescriptions() throws Exception {
    String html =
        HtmlUtils.htmlUnescape(
            mvc.perform(get("/framework"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

    assertThat(html)
        .contains("Theme 1: Working with people and carers")
        .contains("Framework version 2026-01")
        .contains("Also known as: Keeping adults safe")
        .containsSubsequence(
            "What each score looks like for QS7: Safeguarding",
            "1: Significant shortfalls",
            "Enquiries into concerns are often late or missing",
            "3: A good standard",
            "Concerns are looked into promptly with the person",
            "4: An exceptional standard",
            "No description has been published yet for this score.");
  }
}
