package uk.assure.results.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class CouncilListPageTest {

  @Autowired MockMvc mvc;

  @Test
  void listsAllCouncilsWithTheDemonstrationBanner() throws Exception {
    MvcResult result =
        mvc.perform(get("/councils"))
            .andExpect(status().isOk())
            .andExpect(view().name("results/councils"))
            .andReturn();

    assertThat(rows(result)).hasSize(153);
    assertThat(result.getResponse().getContentAsString())
        .contains("These ratings are illustrative, not real regulator results")
        .contains("href=\"/councils/E09000007\"")
        .contains("<option value=\"outstanding\">Outstanding</option>")
        .contains("<option value=\"not_rated\">Not yet rated</option>");
  }

  @Test
  void searchesByPartOfTheName() throws Exception {
    MvcResult result = mvc.perform(get("/councils").param("q", "  camd ")).andReturn();

    assertThat(rows(result)).extracting(CouncilRow::name).containsExactly("Camden");
  }

  @Test
  void filtersByRegionTypeAndRating() throws Exception {
    List<CouncilRow> london =
        rows(
            mvc.perform(get("/councils").param("region", "London").param("type", "LBO"))
                .andReturn());
    List<CouncilRow> good = rows(mvc.perform(get("/councils").param("rating", "good")).andReturn());

    assertThat(london).hasSize(32).allMatch(r -> r.region().equals("London"));
    assertThat(good).isNotEmpty().allMatch(r -> "good".equals(r.rating()));
  }

  @Test
  void sortsByOverallScoreHighestFirst() throws Exception {
    List<CouncilRow> rows =
        rows(mvc.perform(get("/councils").param("sort", "score-high")).andReturn());

    List<Integer> scores = rows.stream().map(CouncilRow::percentage).toList();
    assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void unknownFilterValuesAndScriptsAreHarmless() throws Exception {
    MvcResult result =
        mvc.perform(
                get("/councils")
                    .param("q", "<script>alert(1)</script>")
                    .param("sort", "nonsense")
                    .param("rating", "<b>"))
            .andExpect(status().isOk())
            .andReturn();

    assertThat(rows(result)).isEmpty();
    assertThat(result.getResponse().getContentAsString())
        .doesNotContain("<script>alert(1)</script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @SuppressWarnings("unchecked")
  private static List<CouncilRow> rows(MvcResult result) {
    return (List<CouncilRow>) result.getModelAndView().getModel().get("rows");
  }
}
