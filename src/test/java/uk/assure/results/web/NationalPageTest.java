package uk.assure.results.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.rating.domain.Rating;
import uk.assure.report.NarrativeRecords;
import uk.assure.report.ReportNarratives;
import uk.assure.report.domain.CouncilContext;
import uk.assure.report.domain.Narrative;
import uk.assure.report.domain.StatementNarrative;
import uk.assure.results.NationalBreakdown;
import uk.assure.results.PublicRatings;
import uk.assure.results.PublishedCouncils;

/**
 * The national picture's breakdowns over time, by region and by type, checked against the published
 * ratings on a real database, whatever other tests have published.
 */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class NationalPageTest {

  @Autowired MockMvc mvc;
  @Autowired AssessmentRecords assessments;
  @Autowired PublicRatings ratings;
  @Autowired NarrativeRecords narratives;
  @Autowired ReportNarratives reports;

  @BeforeEach
  void publish() {
    PublishedCouncils.publish(assessments);
  }

  @Test
  void eachQuarterShowsTheFullAssessmentsPublishedInItByRating() throws Exception {
    String page = national();
    NationalBreakdown breakdown = NationalBreakdown.of(ratings.all());
    // Plymouth's improvement was published in the first quarter of 2026, Wakefield's decline too.
    var quarter =
        breakdown.overTime().stream()
            .filter(q -> q.year() == 2026 && q.quarter() == 1)
            .findFirst()
            .orElseThrow();
    assertThat(quarter.count(Rating.GOOD)).isGreaterThanOrEqualTo(2);
    assertThat(quarter.count(Rating.OUTSTANDING)).isGreaterThanOrEqualTo(1);

    String row = row(page, "Q1 2026 \\(January to March\\)");
    assertThat(cells(row))
        .startsWith(
            Integer.toString(quarter.count(Rating.OUTSTANDING)),
            Integer.toString(quarter.count(Rating.GOOD)),
            Integer.toString(quarter.count(Rating.REQUIRES_IMPROVEMENT)),
            Integer.toString(quarter.count(Rating.INADEQUATE)),
            Integer.toString(quarter.total()));
    assertThat(page)
        .contains("<title id=\"time-chart-title\">Stacked bar chart of the number of full")
        .contains("Full assessments published by quarter and rating");
  }

  @Test
  void regionsAndTypesShowTheirRatingsInForceAndAverageScore() throws Exception {
    String page = national();
    NationalBreakdown breakdown = NationalBreakdown.of(ratings.all());
    var southWest =
        breakdown.byRegion().stream()
            .filter(g -> g.key().equals("South West"))
            .findFirst()
            .orElseThrow();
    assertThat(southWest.rated()).isGreaterThanOrEqualTo(1);
    assertThat(cells(row(page, "South West")))
        .containsExactly(
            Integer.toString(southWest.councils()),
            Integer.toString(southWest.rated()),
            Integer.toString(southWest.count(Rating.OUTSTANDING)),
            Integer.toString(southWest.count(Rating.GOOD)),
            Integer.toString(southWest.count(Rating.REQUIRES_IMPROVEMENT)),
            Integer.toString(southWest.count(Rating.INADEQUATE)),
            southWest.average() + "%");

    var counties =
        breakdown.byType().stream()
            .filter(g -> g.key().equals("council.type.CTY"))
            .findFirst()
            .orElseThrow();
    assertThat(cells(row(page, "County council")))
        .startsWith(Integer.toString(counties.councils()), Integer.toString(counties.rated()));
    assertThat(page).contains("Ratings by region").contains("Ratings by type of council");
  }

  @Test
  void statementsAreRankedByAverageWithTheNumberOfCouncilsBehindEach() throws Exception {
    String page = national();
    assertThat(page).contains("Quality statements ranked by average score, lowest first");
    String ranked = page.substring(page.indexOf("id=\"statements-ranked\""));
    assertThat(cells(row(ranked, "QS1 Assessing needs"))).hasSize(2);
    assertThat(page).contains("href=\"/open-data\"");
  }

  @Test
  void theThemesOfPublishedReportsAreCountedOverCouncilsCurrentRatings() throws Exception {
    // Newcastle's only (real) assessment has findings on two statements about hospital discharge.
    List<AssessmentId> current =
        ratings.all().stream()
            .flatMap(r -> r.latest().stream())
            .filter(p -> !p.demo())
            .map(p -> p.assessment().id())
            .toList();
    AssessmentId newcastle =
        ratings.all().stream()
            .filter(r -> r.council().gss().value().equals(PublishedCouncils.NEWCASTLE))
            .flatMap(r -> r.latest().stream())
            .map(p -> p.assessment().id())
            .findFirst()
            .orElseThrow();
    if (narratives.latest(newcastle).isEmpty()) {
      narratives.add(
          newcastle,
          new Narrative(
              1,
              CouncilContext.NONE,
              "",
              Map.of(
                  "QS1",
                  new StatementNarrative("QS1", "Delays.", "", "", List.of("hospital-discharge")),
                  "QS7",
                  new StatementNarrative(
                      "QS7", "Discharge.", "", "", List.of("hospital-discharge", "carers"))),
              Optional.of("lead@example.org"),
              Optional.of(Instant.now())));
    }
    int expected = reports.tagCounts(current).get("hospital-discharge");

    String page = national();

    assertThat(expected).isGreaterThanOrEqualTo(2);
    assertThat(cells(row(page, "Hospital discharge"))).containsExactly(String.valueOf(expected));
    assertThat(page)
        .contains("counted over " + current.size() + " published report")
        .contains("illustrative ratings have no report and are not counted");
  }

  private String national() throws Exception {
    return mvc.perform(get("/national"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The table row whose header cell is exactly the given text (a pattern). */
  private static String row(String html, String header) {
    var matcher =
        Pattern.compile(
                "<tr class=\"govuk-table__row\">\\s*(?:<td[^>]*>[^<]*</td>\\s*)?<th scope=\"row\""
                    + " class=\"govuk-table__header\">"
                    + header
                    + "</th>(.*?)</tr>",
                Pattern.DOTALL)
            .matcher(html);
    assertThat(matcher.find()).as("a row headed " + header).isTrue();
    return matcher.group(1);
  }

  private static List<String> cells(String row) {
    return Pattern.compile("<td[^>]*>([^<]*)</td>")
        .matcher(row)
        .results()
        .map(m -> m.group(1).strip())
        .toList();
  }
}
