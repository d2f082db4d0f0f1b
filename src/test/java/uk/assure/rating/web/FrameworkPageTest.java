package uk.assure.rating.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class FrameworkPageTest {

  @Autowired private MockMvc mvc;

  @Test
  void thePageShowsEveryThemeAndStatementInOrder() throws Exception {
    String html = page();

    assertThat(html)
        .containsSubsequence(
            "Theme 1: Working with people",
            "QS1: Assessing needs",
            "QS2: Supporting people to live healthier lives",
            "QS3: Equity in experience and outcomes",
            "Theme 2: Providing support",
            "QS4: Care provision, integration and continuity",
            "QS5: Partnerships and communities",
            "Theme 3: Ensuring safety within the system",
            "QS6: Safe pathways, systems and transitions",
            "Also known as: Safe systems, pathways and transitions",
            "QS7: Safeguarding",
            "Theme 4: Leadership",
            "QS8: Governance, management and sustainability",
            "QS9: Learning, improvement and innovation");
  }

  @Test
  void eachStatementShowsItsCommitmentAndExpectations() throws Exception {
    String html = page();

    assertThat(html)
        .contains("I do not wait longer than I should for an assessment or a review of my support.")
        .contains("We work with our partners to keep people safe from abuse and neglect");
  }

  @Test
  void thePageSaysNoScoreDescriptionHasBeenPublishedRatherThanInventingOne() throws Exception {
    String html = page();

    assertThat(count(html, "No description of each score level has been published yet"))
        .isEqualTo(9);
  }

  @Test
  void thePageShowsTheEvidenceCategoriesInWords() throws Exception {
    String html = page();

    assertThat(html).containsSubsequence("People's experience", "Used", "Observation", "Not used");
    assertThat(count(html, ">Not used<")).isEqualTo(2);
    assertThat(count(html, ">Used<")).isEqualTo(4);
  }

  @Test
  void thePageShowsTheRatingBands() throws Exception {
    String html = page();

    assertThat(html)
        .containsSubsequence(
            "The overall percentage each rating needs",
            "Inadequate",
            "25% to 38%",
            "Requires improvement",
            "39% to 62%",
            "Good",
            "63% to 87%",
            "Outstanding",
            "88% to 100%");
  }

  @Test
  void thePageWorksThroughBothMethodsWithTheRatingRules() throws Exception {
    String html = page();

    assertThat(html)
        .containsSubsequence(
            "Current method: Scoring each quality statement",
            "Used for assessments scored from December 2024 onwards.",
            "32 out of a possible 36",
            "32 divided by 36, times 100, is 88.9%",
            "89%",
            "Outstanding (88% to 100%)",
            "Earlier method: Scoring by evidence category",
            "Used for assessments scored from December 2023 to November 2024.",
            "10 out of a possible 16",
            "62.5%",
            "63%",
            "Good (63% to 87%)",
            "3: A good standard");
  }

  @Test
  void thePageExplainsPartialAssessmentsAndAScoreOfOne() throws Exception {
    String html = page();

    assertThat(html)
        .contains("the total is 8 out of a possible 12. That is 66.7%, rounded up to 67%")
        .contains("rating changes only through a full assessment")
        .contains("section 50 of the Health and Social Care Act 2008");
  }

  @Test
  void headingsGoDownOneLevelAtATime() throws Exception {
    List<Integer> levels = new ArrayList<>();
    String html = page();
    String main = html.substring(html.indexOf("id=\"main-content\""), html.indexOf("</main>"));
    Matcher heading = Pattern.compile("<h([1-6])[\\s>]").matcher(main);
    while (heading.find()) {
      levels.add(Integer.parseInt(heading.group(1)));
    }

    assertThat(levels).startsWith(1);
    assertThat(levels.stream().filter(l -> l == 1)).hasSize(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i))
          .as("heading %d after h%d", i, levels.get(i - 1))
          .isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
  }

  @Test
  void everyTableHasACaptionAndHeaders() throws Exception {
    String html = page();

    int tables = count(html, "<table");
    assertThat(tables).isGreaterThanOrEqualTo(6);
    assertThat(count(html, "<caption")).isEqualTo(tables);
    assertThat(count(html, "scope=\"col\"")).isGreaterThanOrEqualTo(2 * tables);
  }

  private String page() throws Exception {
    String html =
        mvc.perform(get("/framework"))
            .andExpect(status().isOk())
            .andExpect(view().name("framework/index"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return HtmlUtils.htmlUnescape(html);
  }

  private static int count(String text, String fragment) {
    int count = 0;
    for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
      count++;
    }
    return count;
  }
}
