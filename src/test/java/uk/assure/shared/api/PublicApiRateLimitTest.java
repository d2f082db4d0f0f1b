package uk.assure.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One client sending more API requests a minute than allowed is told to wait, with 429. */
@Tag("database")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "assure.api.requests-per-minute=3")
class PublicApiRateLimitTest {

  @LocalServerPort int port;

  @Test
  void theRequestPastTheLimitGets429WithRetryAfterWhilePagesStillAnswer() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 3; i++) {
      assertThat(get(http, "/api/v1/councils").statusCode()).isEqualTo(200);
    }

    HttpResponse<String> refused = get(http, "/api/v1/councils");

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);
    assertThat((String) JsonPath.read(refused.body(), "$.detail")).contains("Too many requests");
    assertThat(get(http, "/councils").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
