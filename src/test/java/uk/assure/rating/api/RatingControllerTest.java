package uk.assure.rating.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.assure.rating.cli.RateCommand;

// Without the need-to-know check on assessments, which needs the database this slice leaves out.
@Tag("spring")
@WebMvcTest(
    controllers = RatingController.class,
    excludeFilters =
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "uk\\.assure\\.team\\..*"))
// These slices test answers and error handling; access rules are tested in AccessRulesTest.
@AutoConfigureMockMvc(addFilters = false)
@Import(RatingTestBeans.class)
class RatingControllerTest {

  static final String FULL =
      """
      {"method":"2024-12","scores":{"QS1":3,"QS2":3,"QS3":4,"QS4":3,"QS5":4,"QS6":4,"QS7":3,\
      "QS8":4,"QS9":4}}""";

  @Autowired MockMvc mvc;

  ResultActions calculate(String body) throws Exception {
    return mvc.perform(
        post("/api/v1/ratings/calculate").contentType(MediaType.APPLICATION_JSON).content(body));
  }

  @Nested
  class Rates {

    @Test
    void a_full_assessment_under_the_2024_12_method() throws Exception {
      calculate(FULL)
          .andExpect(status().isOk())
          .andExpect(content().contentType(MediaType.APPLICATION_JSON))
          .andExpect(jsonPath("$.method").value("2024-12"))
          .andExpect(jsonPath("$.percentage").value(89))
          .andExpect(jsonPath("$.exactPercentage").value(88.9))
          .andExpect(jsonPath("$.rating").value("outstanding"))
          .andExpect(jsonPath("$.ratingLabel").value("Outstanding"))
          .andExpect(jsonPath("$.position").value("lower"))
          .andExpect(jsonPath("$.positionText").value("Outstanding, nearer good"))
          .andExpect(jsonPath("$.partial").value(false))
          .andExpect(jsonPath("$.notAssessed", hasSize(0)))
          .andExpect(jsonPath("$.referral").value(false))
          .andExpect(jsonPath("$.referralStatements", hasSize(0)))
          .andExpect(jsonPath("$.total").value(32))
          .andExpect(jsonPath("$.maximum").value(36))
          .andExpect(jsonPath("$.statements", hasSize(9)))
          .andExpect(jsonPath("$.statements[2].code").value("QS3"))
          .andExpect(jsonPath("$.statements[2].name").value("Equity in experience and outcomes"))
          .andExpect(jsonPath("$.statements[2].theme").value(1))
          .andExpect(jsonPath("$.statements[2].score").value(4))
          .andExpect(jsonPath("$.statements[2].categoryScores").isEmpty())
          .andExpect(jsonPath("$.statements[2].categoryPercentage").value(nullValue()))
          .andExpect(jsonPath("$.sensitivity.up").value(nullValue()))
          .andExpect(jsonPath("$.sensitivity.down.to").value("good"))
          .andExpect(jsonPath("$.sensitivity.down.points").value(1))
          .andExpect(jsonPath("$.sensitivity.down.unit").value("statement_points"))
          .andExpect(jsonPath("$.wouldRaise").value(nullValue()))
          .andExpect(
              jsonPath("$.wouldLower")
                  .value("Losing one point on any statement would make this good."))
          .andExpect(jsonPath("$.explanation", hasSize(13)))
          .andExpect(jsonPath("$.explanation[1]").value("QS1 Assessing needs: 3 out of 4."))
          .andExpect(
              jsonPath("$.explanation[11]")
                  .value(
                      "32 divided by 36 is 88.9%. Percentages are rounded up to a whole number,"
                          + " so 89%."));
    }

    @Test
    void a_partial_assessment_with_the_whole_shape_of_the_answer() throws Exception {
      calculate(
              """
              {"method":"2024-12","scores":{"QS1":2,"QS2":null,"QS7":1}}""")
          .andExpect(status().isOk())
          .andExpect(
              content()
                  .json(
                      """
                      {"method":"2024-12","percentage":38,"exactPercentage":37.5,
                       "rating":"inadequate","ratingLabel":"Inadequate","position":"upper",
                       "positionText":"Inadequate, nearer requires improvement","partial":true,
                       "notAssessed":["QS2","QS3","QS4","QS5","QS6","QS8","QS9"],
                       "referral":true,"referralStatements":["QS7"],"total":3,"maximum":8,
                       "statements":[
                        {"code":"QS1","name":"Assessing needs","theme":1,"score":2,
                         "categoryScores":{},"categoryPercentage":null},
                        {"code":"QS2","name":"Supporting people to live healthier lives",
                         "theme":1,"score":null,"categoryScores":{},"categoryPercentage":null},
                        {"code":"QS3","name":"Equity in experience and outcomes","theme":1,
                         "score":null,"categoryScores":{},"categoryPercentage":null},
                        {"code":"QS4","name":"Care provision, integration and continuity",
                         "theme":2,"score":null,"categoryScores":{},"categoryPercentage":null},
                        {"code":"QS5","name":"Partnerships and communities","theme":2,
                         "score":null,"categoryScores":{},"categoryPercentage":null},
                        {"code":"QS6","name":"Safe pathways, systems and transitions","theme":3,
                         "score":null,"categoryScores":{},"categoryPercentage":null},
                        {"code":"QS7","name":"Safeguarding","theme":3,"score":1,
                         "categoryScores":{},"categoryPercentage":null},
                        {"code":"QS8","name":"Governance, management and sustainability",
                         "theme":4,"score":null,"categoryScores":{},"categoryPercentage":null},
                        {"code":"QS9","name":"Learning, improvement and innovation","theme":4,
                         "score":null,"categoryScores":{},"categoryPercentage":null}],
                       "sensitivity":{"up":{"to":"requires_improvement","points":1,
                         "unit":"statement_points"},"down":null},
                       "wouldRaise":"One more point on any statement would make this requires improvement.",
                       "wouldLower":null,
                       "explanation":[
                        "Scored by the method used from December 2024: each quality statement assessed is scored from 1 to 4.",
                        "QS1 Assessing needs: 2 out of 4.",
                        "QS7 Safeguarding: 1 out of 4.",
                        "Total: 3 out of a maximum of 8 (2 statements assessed, up to 4 points each).",
                        "3 divided by 8 is 37.5%. Percentages are rounded up to a whole number, so 38%.",
                        "38% is in the inadequate band (25% to 38%).",
                        "This is a partial assessment: 2 of 9 statements were assessed, so the maximum is 8, not 36. Not assessed: QS2 Supporting people to live healthier lives, QS3 Equity in experience and outcomes, QS4 Care provision, integration and continuity, QS5 Partnerships and communities, QS6 Safe pathways, systems and transitions, QS8 Governance, management and sustainability and QS9 Learning, improvement and innovation.",
                        "QS7 Safeguarding scored 1 (significant shortfalls), so the regulator must consider notifying the Secretary of State that the council may be failing to meet its duties (Health and Social Care Act 2008, section 50)."]}
                      """,
                      JsonCompareMode.STRICT));
    }

    @Test
    void category_scores_under_the_2023_12_method() throws Exception {
      calculate(
              """
              {"method":"2023-12","categoryScores":{
                "QS1":{"PEOPLE_EXPERIENCE":3,"FEEDBACK_STAFF_LEADERS":3,
                       "FEEDBACK_PARTNERS":3,"PROCESSES":2},
                "QS2":{"PROCESSES":3,"PEOPLE_EXPERIENCE":3},
                "QS3":null,
                "QS4":{"PEOPLE_EXPERIENCE":null}}}""")
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.method").value("2023-12"))
          .andExpect(jsonPath("$.statements[0].score").value(3))
          .andExpect(jsonPath("$.statements[0].categoryPercentage").value(69))
          .andExpect(jsonPath("$.statements[0].categoryScores.PEOPLE_EXPERIENCE").value(3))
          .andExpect(jsonPath("$.statements[0].categoryScores.PROCESSES").value(2))
          .andExpect(jsonPath("$.statements[1].categoryScores.PEOPLE_EXPERIENCE").value(3))
          .andExpect(jsonPath("$.statements[1].categoryScores.PROCESSES").value(3))
          .andExpect(jsonPath("$.statements[1].categoryScores.FEEDBACK_PARTNERS").doesNotExist())
          .andExpect(jsonPath("$.statements[2].score").value(nullValue()))
          .andExpect(jsonPath("$.statements[3].score").value(nullValue()))
          .andExpect(jsonPath("$.notAssessed[0]").value("QS3"))
          .andExpect(jsonPath("$.total").value(6))
          .andExpect(jsonPath("$.percentage").value(75))
          .andExpect(jsonPath("$.rating").value("good"))
          .andExpect(jsonPath("$.sensitivity.up.to").value("outstanding"))
          .andExpect(jsonPath("$.sensitivity.up.points").value(1))
          .andExpect(jsonPath("$.sensitivity.up.unit").value("category_points"))
          .andExpect(
              jsonPath(
                  "$.explanation[1]", startsWith("QS1 Assessing needs: People's experience 3")));
    }

    @Test
    void keeps_category_scores_in_the_framework_order() throws Exception {
      String body =
          calculate(
                  """
                  {"method":"2023-12","categoryScores":{"QS1":{"PROCESSES":2,"PEOPLE_EXPERIENCE":3}}}""")
              .andReturn()
              .getResponse()
              .getContentAsString();

      org.assertj.core.api.Assertions.assertThat(body)
          .contains("\"categoryScores\":{\"PEOPLE_EXPERIENCE\":3,\"PROCESSES\":2}");
    }
  }

  @Nested
  class Answers_as_the_command_line_does {

    String cli(String... args) {
      java.io.StringWriter out = new java.io.StringWriter();
      picocli.CommandLine command = new picocli.CommandLine(new RateCommand());
      command.setOut(new java.io.PrintWriter(out));
      org.assertj.core.api.Assertions.assertThat(command.execute(args)).isZero();
      return out.toString().strip();
    }

    @Test
    void with_the_same_json_under_the_2024_12_method() throws Exception {
      String api =
          calculate(
                  """
                  {"method":"2024-12","scores":{"QS1":3,"QS2":null,"QS3":4,"QS4":1,"QS5":4,\
                  "QS6":4,"QS7":3,"QS8":4,"QS9":4}}""")
              .andReturn()
              .getResponse()
              .getContentAsString();

      org.assertj.core.api.Assertions.assertThat(
              cli("--json", "3", "-", "4", "1", "4", "4", "3", "4", "4"))
          .isEqualTo(api);
    }

    @Test
    void with_the_same_json_under_the_2023_12_method() throws Exception {
      String api =
          calculate(
                  """
                  {"method":"2023-12","categoryScores":{
                    "QS1":{"PEOPLE_EXPERIENCE":3,"FEEDBACK_STAFF_LEADERS":3,
                           "FEEDBACK_PARTNERS":3,"PROCESSES":2},
                    "QS2":{"PEOPLE_EXPERIENCE":1,"PROCESSES":2}}}""")
              .andReturn()
              .getResponse()
              .getContentAsString();

      org.assertj.core.api.Assertions.assertThat(
              cli(
                  "--json",
                  "--method",
                  "2023-12",
                  "3,3,3,2",
                  "1,-,-,2",
                  "-",
                  "-",
                  "-",
                  "-",
                  "-",
                  "-",
                  "-"))
          .isEqualTo(api);
    }
  }

  @Nested
  class Refuses_with_problem_details {

    ResultActions expectProblem(ResultActions result, String field, String message)
        throws Exception {
      return result
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.status").value(400))
          .andExpect(jsonPath("$.title").value("Bad Request"))
          .andExpect(jsonPath("$.instance").value("/api/v1/ratings/calculate"))
          .andExpect(jsonPath("$.detail").value(message))
          .andExpect(jsonPath("$.errors", hasSize(1)))
          .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '`',
        value = {
          "score 5 | {\"method\":\"2024-12\",\"scores\":{\"QS1\":5}} | scores.QS1 |"
              + " The score for QS1 must be a whole number from 1 to 4, not 5.",
          "score 0 | {\"method\":\"2024-12\",\"scores\":{\"QS4\":0}} | scores.QS4 |"
              + " The score for QS4 must be a whole number from 1 to 4, not 0.",
          "unknown statement | {\"method\":\"2024-12\",\"scores\":{\"QS10\":3}} | scores.QS10 |"
              + " \"QS10\" is not a quality statement of this framework: use QS1, QS2, QS3,"
              + " QS4, QS5, QS6, QS7, QS8, QS9.",
          "nothing assessed | {\"method\":\"2024-12\",\"scores\":{\"QS1\":null}} | scores |"
              + " Nothing was assessed: score at least one quality statement.",
          "no scores at all | {\"method\":\"2024-12\"} | scores |"
              + " Nothing was assessed: score at least one quality statement.",
          "categories under 2024-12 | {\"method\":\"2024-12\",\"scores\":{\"QS1\":3},"
              + "\"categoryScores\":{\"QS1\":{\"PROCESSES\":3}}} | categoryScores |"
              + " Evidence category scores are used only under the 2023-12 method: under"
              + " 2024-12 give one score per statement in \"scores\".",
          "statement scores under 2023-12 | {\"method\":\"2023-12\",\"scores\":{\"QS1\":3},"
              + "\"categoryScores\":{\"QS1\":{\"PROCESSES\":3}}} | scores |"
              + " Under the 2023-12 method statement scores are worked out from evidence"
              + " category scores: give them in \"categoryScores\".",
          "unknown category | {\"method\":\"2023-12\",\"categoryScores\":{\"QS1\":{\"VIBES\":3}}}"
              + " | categoryScores.QS1.VIBES | \"VIBES\" is not an evidence category: use one"
              + " of PEOPLE_EXPERIENCE, FEEDBACK_STAFF_LEADERS, FEEDBACK_PARTNERS, PROCESSES.",
          "outcomes category | {\"method\":\"2023-12\",\"categoryScores\":{\"QS1\":"
              + "{\"OUTCOMES\":3}}} | categoryScores.QS1.OUTCOMES | The OUTCOMES evidence"
              + " category is not used for councils: use one of PEOPLE_EXPERIENCE,"
              + " FEEDBACK_STAFF_LEADERS, FEEDBACK_PARTNERS, PROCESSES.",
          "observation category | {\"method\":\"2023-12\",\"categoryScores\":{\"QS1\":"
              + "{\"OBSERVATION\":3}}} | categoryScores.QS1.OBSERVATION | The OBSERVATION"
              + " evidence category is not used for councils: use one of PEOPLE_EXPERIENCE,"
              + " FEEDBACK_STAFF_LEADERS, FEEDBACK_PARTNERS, PROCESSES.",
          "category score 5 | {\"method\":\"2023-12\",\"categoryScores\":{\"QS2\":"
              + "{\"PROCESSES\":5}}} | categoryScores.QS2.PROCESSES | The score for QS2"
              + " PROCESSES must be a whole number from 1 to 4, not 5.",
          "unknown method | {\"method\":\"2025-01\",\"scores\":{\"QS1\":3}} | method |"
              + " The scoring method \"2025-01\" is not known: use 2023-12 or 2024-12.",
          "missing method | {\"scores\":{\"QS1\":3}} | method |"
              + " Give the scoring method: 2023-12 or 2024-12."
        })
    void scores_that_cannot_be_rated(String name, String body, String field, String message)
        throws Exception {
      expectProblem(calculate(body), field, message)
          .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    @Test
    void every_problem_at_once() throws Exception {
      calculate(
              """
              {"method":"2024-12","scores":{"QS1":5,"QS2":0}}""")
          .andExpect(status().isBadRequest())
          .andExpect(
              jsonPath("$.detail")
                  .value(
                      "There are 2 problems with the request: The score for QS1 must be a whole"
                          + " number from 1 to 4, not 5. The score for QS2 must be a whole number"
                          + " from 1 to 4, not 0."))
          .andExpect(jsonPath("$.errors[*].field", contains("scores.QS1", "scores.QS2")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '`',
        value = {
          "a word | {\"method\":\"2024-12\",\"scores\":{\"QS1\":\"three\"}} | scores.QS1 |"
              + " a whole number",
          "a fraction | {\"method\":\"2024-12\",\"scores\":{\"QS1\":3.5}} | scores.QS1 |"
              + " a whole number",
          "a number in quotes | {\"method\":\"2024-12\",\"scores\":{\"QS2\":\"3\"}} | scores.QS2"
              + " | a whole number",
          "a boolean | {\"method\":\"2024-12\",\"scores\":{\"QS1\":true}} | scores.QS1 |"
              + " a whole number",
          "a huge number | {\"method\":\"2024-12\",\"scores\":{\"QS1\":99999999999}} |"
              + " scores.QS1 | a smaller number",
          "a list of scores | {\"method\":\"2024-12\",\"scores\":[3,3]} | scores | a JSON object",
          "a word for a category | {\"method\":\"2023-12\",\"categoryScores\":{\"QS1\":"
              + "{\"PROCESSES\":\"x\"}}} | categoryScores.QS1.PROCESSES | a whole number",
          "a fraction for a category | {\"method\":\"2023-12\",\"categoryScores\":{\"QS1\":"
              + "{\"PROCESSES\":2.5}}} | categoryScores.QS1.PROCESSES | a whole number",
          "a list for a statement | {\"method\":\"2023-12\",\"categoryScores\":{\"QS1\":[3]}} |"
              + " categoryScores.QS1 | a JSON object",
          "an object for the method | {\"method\":{},\"scores\":{\"QS1\":3}} | method | text"
        })
    void values_of_the_wrong_type(String name, String body, String field, String expected)
        throws Exception {
      expectProblem(
              calculate(body),
              field,
              "The value of " + field + " has the wrong type: give " + expected + ".")
          .andExpect(jsonPath("$.errors[0].message").value("Give " + expected + "."));
    }

    @Test
    void a_body_that_is_not_json() throws Exception {
      calculate("{\"method\":\"2024-12\",\"scores\":{\"QS1\":3,}")
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(
              jsonPath("$.detail", startsWith("The request body is not valid JSON (line 1,")))
          .andExpect(jsonPath("$.errors[0].field").value("scores"));
    }

    @Test
    void a_body_that_is_not_an_object() throws Exception {
      calculate("[1,2,3]")
          .andExpect(status().isBadRequest())
          .andExpect(
              jsonPath("$.detail")
                  .value("The request body has the wrong shape: give a JSON object."));
    }

    @Test
    void a_missing_body() throws Exception {
      mvc.perform(post("/api/v1/ratings/calculate").contentType(MediaType.APPLICATION_JSON))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.detail").value("The request needs a JSON body."));
    }

    @Test
    void a_body_that_is_not_sent_as_json() throws Exception {
      mvc.perform(
              post("/api/v1/ratings/calculate")
                  .contentType(MediaType.TEXT_PLAIN)
                  .content("3 3 4 3 4 4 3 4 4"))
          .andExpect(status().isUnsupportedMediaType())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.status").value(415))
          .andExpect(
              jsonPath("$.detail")
                  .value(
                      "Send the request body as JSON, with the header Content-Type:"
                          + " application/json."));
    }

    @Test
    void a_client_that_does_not_accept_json() throws Exception {
      mvc.perform(
              post("/api/v1/ratings/calculate")
                  .contentType(MediaType.APPLICATION_JSON)
                  .accept(MediaType.TEXT_HTML)
                  .content(FULL))
          .andExpect(status().isNotAcceptable());
    }

    @Test
    void the_wrong_http_method() throws Exception {
      mvc.perform(get("/api/v1/ratings/calculate"))
          .andExpect(status().isMethodNotAllowed())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.status").value(405));
    }
  }
}
