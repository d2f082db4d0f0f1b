package uk.assure.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.assure.shared.web.NotFound;

// Without Spring Boot's own problem details handler, so that this handler alone answers; and
// without the need-to-know check on assessments, which needs the database this slice leaves out.
@Tag("spring")
@WebMvcTest(
    controllers = {ApiProblemHandlerTest.TestApi.class, ApiProblemHandlerTest.TestPage.class},
    properties = "spring.mvc.problemdetails.enabled=false",
    excludeFilters =
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "uk\\.assure\\.team\\..*"))
// This slice tests answers and error handling; access rules are tested in AccessRulesTest.
@AutoConfigureMockMvc(addFilters = false)
@Import({ApiProblemHandlerTest.TestApi.class, ApiProblemHandlerTest.TestPage.class})
@ExtendWith(OutputCaptureExtension.class)
class ApiProblemHandlerTest {

  /** An API that fails in each of the ways the handler answers. */
  @RestController
  static class TestApi {

    @GetMapping("/api/test/councils/{gss}")
    String council(@PathVariable String gss) {
      throw new NotFound("There is no council with the GSS code " + gss + ".");
    }

    @GetMapping("/api/test/broken")
    String broken() {
      throw new IllegalStateException("connection refused to db-secret-host:5432");
    }

    @GetMapping("/api/test/years/{year}")
    String year(@PathVariable int year) {
      return "ok";
    }

    @GetMapping("/api/test/search")
    String search(@RequestParam String q) {
      return q;
    }

    @PostMapping("/api/test/names")
    String name(@Valid @RequestBody Name name) {
      return name.name();
    }

    record Name(@NotBlank String name) {}
  }

  /** An HTML page, whose errors are left to the error pages. */
  @Controller
  static class TestPage {

    @GetMapping("/test/page")
    String page() {
      throw new IllegalStateException("page failed");
    }
  }

  @Autowired MockMvc mvc;

  @Test
  void answers_not_found_with_the_callers_explanation() throws Exception {
    mvc.perform(get("/api/test/councils/E99999999"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.title").value("Not Found"))
        .andExpect(jsonPath("$.detail").value("There is no council with the GSS code E99999999."))
        .andExpect(jsonPath("$.instance").value("/api/test/councils/E99999999"));
  }

  @Test
  void answers_an_unexpected_error_with_a_reference_and_logs_the_exception(CapturedOutput output)
      throws Exception {
    String body =
        mvc.perform(get("/api/test/broken"))
            .andExpect(status().isInternalServerError())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(500))
            .andExpect(content().string(not(containsString("secret"))))
            .andExpect(content().string(not(containsString("IllegalStateException"))))
            .andReturn()
            .getResponse()
            .getContentAsString();

    String correlationId = JsonPath.read(body, "$.correlationId");
    assertThat(correlationId).isNotBlank();
    assertThat((String) JsonPath.read(body, "$.detail"))
        .isEqualTo(
            "Something went wrong on our side. If it keeps happening, contact us and quote"
                + " reference "
                + correlationId
                + ".");
    assertThat(output.getOut())
        .contains("Unexpected error " + correlationId + " answering GET /api/test/broken")
        .contains("connection refused to db-secret-host:5432");
  }

  @Test
  void names_a_path_variable_of_the_wrong_type() throws Exception {
    mvc.perform(get("/api/test/years/twenty"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value("The value of year has the wrong type: give a whole number."))
        .andExpect(jsonPath("$.errors[0].field").value("year"));
  }

  @Test
  void keeps_springs_answer_for_a_missing_parameter() throws Exception {
    mvc.perform(get("/api/test/search"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("Required parameter 'q' is not present."));
  }

  @Test
  void lists_fields_that_fail_validation() throws Exception {
    mvc.perform(
            post("/api/test/names")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("name"))
        .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
  }

  @Test
  void quotes_the_reference_the_request_was_given(CapturedOutput output) throws Exception {
    mvc.perform(get("/api/test/broken").requestAttr("correlationId", "ab12cd34"))
        .andExpect(status().isInternalServerError())
        .andExpect(jsonPath("$.correlationId").value("ab12cd34"))
        .andExpect(jsonPath("$.detail", containsString("quote reference ab12cd34.")));

    assertThat(output.getOut())
        .contains("Unexpected error ab12cd34 answering GET /api/test/broken");
  }

  @Test
  void answers_a_wrong_http_method_before_any_controller_is_chosen() throws Exception {
    mvc.perform(post("/api/test/broken"))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(405))
        .andExpect(jsonPath("$.detail").value("Method 'POST' is not supported."));
  }

  @Test
  void answers_an_unknown_api_path() throws Exception {
    mvc.perform(get("/api/v1/nothing-here"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "There is nothing at /api/v1/nothing-here. The API is described at"
                        + " /v3/api-docs."));
  }

  @Test
  void leaves_errors_outside_the_api_to_the_error_pages() {
    assertThatThrownBy(() -> mvc.perform(get("/test/page")))
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .hasRootCauseMessage("page failed");
  }
}
