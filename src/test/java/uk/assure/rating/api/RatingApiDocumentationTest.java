package uk.assure.rating.api;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The whole application: the endpoint is wired to the framework in force and documented. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class RatingApiDocumentationTest {

  private static final String CALCULATE = "$.paths['/api/v1/ratings/calculate'].post";

  @Autowired MockMvc mvc;

  @Test
  void rates_with_the_framework_in_force() throws Exception {
    mvc.perform(
            post("/api/v1/ratings/calculate")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"method\":\"2024-12\",\"scores\":{\"QS1\":3,\"QS7\":1}}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.percentage").value(50))
        .andExpect(jsonPath("$.statements[6].name").value("Safeguarding"))
        .andExpect(jsonPath("$.referralStatements[0]").value("QS7"));
  }

  @Test
  void documents_the_endpoint_its_answer_and_its_problems() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath(CALCULATE + ".summary").value("Work out a rating from scores"))
        .andExpect(jsonPath(CALCULATE + ".tags[0]").value("Ratings"))
        .andExpect(
            jsonPath(CALCULATE + ".requestBody.content['application/json'].schema.$ref")
                .value("#/components/schemas/CalculateRatingRequest"))
        .andExpect(
            jsonPath(CALCULATE + ".responses['200'].content['application/json'].schema.$ref")
                .value("#/components/schemas/Rating"))
        .andExpect(
            jsonPath(
                    CALCULATE + ".responses['400'].content['application/problem+json'].schema.$ref")
                .value("#/components/schemas/Problem"))
        .andExpect(
            jsonPath("$.components.schemas.CalculateRatingRequest.properties.method.enum")
                .value(hasItems("2023-12", "2024-12")))
        .andExpect(
            jsonPath("$.components.schemas.Rating.properties.rating.enum")
                .value(hasItems("outstanding", "good", "requires_improvement", "inadequate")))
        .andExpect(jsonPath("$.components.schemas.Problem.properties.errors").exists())
        .andExpect(jsonPath("$.components.schemas.RatingStatement.properties.score").exists());
  }

  @Test
  void answers_an_unknown_api_path_with_problem_details() throws Exception {
    mvc.perform(get("/api/v1/nothing-here"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }
}
