package uk.assure.results.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class CouncilsApiTest {

  @Autowired MockMvc mvc;

  @Test
  void listsEveryCouncilWithItsRating() throws Exception {
    mvc.perform(get("/api/v1/councils"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(153)))
        .andExpect(jsonPath("$[?(@.gss == 'E09000007')].name").value("Camden"))
        .andExpect(jsonPath("$[?(@.gss == 'E09000007')].region").value("London"))
        .andExpect(jsonPath("$[?(@.gss == 'E09000007')].type").value("LBO"))
        .andExpect(
            jsonPath("$[0].rating")
                .value(oneOf("outstanding", "good", "requires_improvement", "inadequate")))
        .andExpect(jsonPath("$[0].percentage").isNumber())
        .andExpect(jsonPath("$[0].published").isString());
  }

  @Test
  void describesOneCouncilWithItsScoresAndWorkings() throws Exception {
    mvc.perform(get("/api/v1/councils/E09000007"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.gss").value("E09000007"))
        .andExpect(jsonPath("$.name").value("Camden"))
        .andExpect(jsonPath("$.rating.statements", hasSize(9)))
        .andExpect(jsonPath("$.rating.statements[0].code").value("QS1"))
        .andExpect(jsonPath("$.rating.percentage").isNumber())
        .andExpect(jsonPath("$.rating.explanation").isArray())
        .andExpect(jsonPath("$.demo").value(true))
        .andExpect(jsonPath("$.history").isArray());
  }

  @Test
  void anUnknownOrMalformedCodeIsNotFoundAsProblemDetails() throws Exception {
    for (String code : new String[] {"E09999999", "not-a-code", "E0900000<"}) {
      mvc.perform(get("/api/v1/councils/{gss}", code))
          .andExpect(status().isNotFound())
          .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
          .andExpect(jsonPath("$.status").value(404))
          .andExpect(jsonPath("$.detail").value(containsString("GSS code")));
    }
  }

  @Test
  void theApiIsDescribedByOpenApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/councils']").exists());
  }
}
