package uk.assure.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Requests that fail on the running server still reach the person as a page (or problem details
 * from the API), never as an empty answer. Two pages here are made to fail on purpose; static
 * files' paths are used for them because those are open to everyone.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FailedRequestPagesTest {

  @TestConfiguration
  static class FailingPages {

    @Controller
    static class Failing {

      @GetMapping("/webjars/failing/controller")
      String failsInTheController() {
        throw new IllegalStateException("a fault in the controller");
      }

      @GetMapping("/webjars/failing/template")
      String failsWhileRendering(Model model) {
        // The session page needs a session; without one it fails after choosing HTML.
        return "onsite/session";
      }
    }
  }

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aPageFailingWhileRenderingIsTheProblemPageWhateverTheBrowserAccepts() throws Exception {
    for (String accept : new String[] {"text/html", "*/*", "application/json"}) {
      HttpResponse<String> response = fetch("/webjars/failing/template", accept);

      assertThat(response.statusCode()).as(accept).isEqualTo(500);
      assertThat(response.body())
          .as(accept)
          .contains("Sorry, there is a problem with the service")
          .contains("govuk-header");
    }
  }

  @Test
  void aFailingControllerIsTheProblemPageWhateverTheBrowserAccepts() throws Exception {
    for (String accept : new String[] {"text/html", "*/*"}) {
      HttpResponse<String> response = fetch("/webjars/failing/controller", accept);

      assertThat(response.statusCode()).as(accept).isEqualTo(500);
      assertThat(response.body()).as(accept).contains("Sorry, there is a problem with the service");
    }
  }

  @Test
  void anApiRequestRefusedBeforeAnyControllerIsProblemDetails() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/councils"))
                .header("Accept", "*/*")
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isBetween(400, 499);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":" + response.statusCode());
  }

  @Test
  void aFileWithAVeryLongNameIsNotCalledTooLarge() throws Exception {
    HttpResponse<String> form = fetch("/feedback", "text/html");
    String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
    assertThat(token.find()).isTrue();
    String boundary = "assure-test-boundary";
    String name = "a".repeat(500) + ".txt";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + name
            + "\"\r\nContent-Type: text/plain\r\n\r\nsmall\r\n--"
            + boundary
            + "--\r\n";

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/feedback?_csrf=" + token.group(1)))
                .header("Accept", "text/html")
                .header("Cookie", cookie)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isNotEqualTo(413).isLessThan(500);
    assertThat(response.body()).doesNotContain("too large");
  }

  private HttpResponse<String> fetch(String path, String accept) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
