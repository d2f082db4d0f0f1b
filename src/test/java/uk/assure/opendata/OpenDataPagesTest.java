package uk.assure.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.results.PublicRatings;
import uk.assure.results.PublishedCouncils;

/** The open data page and downloads, from assessments published on a real database. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class OpenDataPagesTest {

  @Autowired MockMvc mvc;
  @Autowired AssessmentRecords assessments;
  @Autowired PublicRatings ratings;

  @BeforeEach
  void publish() {
    PublishedCouncils.publish(assessments);
  }

  @Test
  void theThreeDownloadsCarryTheSameRowsAndValues() throws Exception {
    var csv = OpenDataReader.csv(download("csv", "text/csv;charset=UTF-8").getContentAsByteArray());
    var json = OpenDataReader.json(download("json", "application/json").getContentAsByteArray());
    var xlsx =
        OpenDataReader.xlsx(
            download("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .getContentAsByteArray());

    assertThat(csv).isNotEmpty();
    assertThat(json).hasSameSizeAs(csv);
    assertThat(xlsx).hasSameSizeAs(csv);
    for (int i = 0; i < csv.size(); i++) {
      assertThat(json.get(i)).as("JSON row " + i).isEqualTo(csv.get(i));
      assertThat(xlsx.get(i)).as("XLSX row " + i).isEqualTo(csv.get(i));
    }
  }

  @Test
  void thereIsOneRowPerCouncilWithARatingInForceMatchingThePublicPages() throws Exception {
    var rows = OpenDataReader.json(download("json", "application/json").getContentAsByteArray());
    Set<String> rated =
        ratings.all().stream()
            .filter(r -> r.latest().isPresent())
            .map(r -> r.council().gss().value())
            .collect(Collectors.toSet());

    assertThat(rows).extracting(r -> (String) r.get("gss")).doesNotHaveDuplicates();
    assertThat(rows.stream().map(r -> (String) r.get("gss")).collect(Collectors.toSet()))
        .isEqualTo(rated);
    Map<String, Object> plymouth = row(rows, PublishedCouncils.PLYMOUTH);
    assertThat(plymouth)
        .containsEntry("name", "Plymouth")
        .containsEntry("rating", "good")
        .containsEntry("percentage", 75)
        .containsEntry("published", LocalDate.of(2026, 2, 10))
        .containsEntry("demonstration", false);
    for (int i = 1; i <= 9; i++) {
      assertThat(plymouth).containsEntry("qs" + i, 3);
    }
    assertThat(row(rows, PublishedCouncils.NEWCASTLE))
        .containsEntry("rating", "outstanding")
        .containsEntry("percentage", 92)
        .containsEntry("qs5", 3);
  }

  @Test
  void demonstrationRowsAreMarkedAndThePageWarnsAboutThem() throws Exception {
    assumeTrue(ratings.showsDemonstrationData(), "demonstration data is switched off");
    var rows =
        OpenDataReader.csv(download("csv", "text/csv;charset=UTF-8").getContentAsByteArray());
    Set<String> demo =
        ratings.all().stream()
            .filter(r -> r.latest().map(l -> l.demo()).orElse(false))
            .map(r -> r.council().gss().value())
            .collect(Collectors.toSet());

    assertThat(row(rows, PublishedCouncils.COUNTY_DURHAM)).containsEntry("demonstration", true);
    assertThat(rows)
        .allSatisfy(r -> assertThat(r.get("demonstration")).isEqualTo(demo.contains(r.get("gss"))));
    String json =
        download("json", "application/json")
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"containsDemonstrationData\" : true")
        .contains("not real regulator");
    assertThat(page())
        .contains(
            demo.size() + " of the " + rows.size() + " rows are illustrative demonstration data");
  }

  @Test
  void thePageDocumentsEveryFieldTheCreditsAndLinksTheFiles() throws Exception {
    String page = page();
    for (String field :
        List.of(
            "gss", "name", "rating", "percentage", "published", "qs1", "qs9", "demonstration")) {
      assertThat(page).contains("<code>" + field + "</code>");
    }
    assertThat(page)
        .contains("QS9 Learning, improvement and innovation: the statement")
        .contains("mySociety, UK Local Authority Names and Codes")
        .contains("CC-BY-4.0")
        .contains("href=\"/open-data/ratings.csv\"")
        .contains("href=\"/open-data/ratings.json\"")
        .contains("href=\"/open-data/ratings.xlsx\"")
        .contains("RFC 4180");
  }

  private String page() throws Exception {
    return mvc.perform(get("/open-data"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private MockHttpServletResponse download(String extension, String contentType) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/open-data/ratings." + extension))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    assertThat(response.getContentType()).isEqualTo(contentType);
    assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"assure-ratings." + extension + "\"");
    return response;
  }

  private static Map<String, Object> row(List<Map<String, Object>> rows, String gss) {
    return rows.stream().filter(r -> gss.equals(r.get("gss"))).findFirst().orElseThrow();
  }
}
