package uk.assure.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages as a browser meets them from the running server. */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServedErrorPagesTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void anUnknownPageIsAGovUkPageNotFound() throws Exception {
    HttpResponse<String> response = fetch("/no-such-page");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Page not found").contains("govuk-header");
  }

  @Test
  void anUnknownOrMalformedCouncilCodeIsPageNotFound() throws Exception {
    assertThat(fetch("/councils/E09999999").statusCode()).isEqualTo(404);
    assertThat(fetch("/councils/not-a-code").statusCode()).isEqualTo(404);
    assertThat(fetch("/councils/not-a-code").body()).contains("Page not found");
  }

  @Test
  void aNullCharacterInAFormOrAddressIsABadRequestSayingWhy() throws Exception {
    HttpResponse<String> page = fetch("/national?x=a%00b");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body())
        .contains("There is a problem with your request")
        .contains("a character that cannot be stored")
        .contains("govuk-header");

    HttpResponse<String> form =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=a%00b%40example.org"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(form.statusCode()).isEqualTo(400);
    assertThat(form.body()).contains("a character that cannot be stored");
  }

  private HttpResponse<String> fetch(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "text/html")
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
