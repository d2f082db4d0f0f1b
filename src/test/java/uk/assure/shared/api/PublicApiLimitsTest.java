package uk.assure.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public API over a real connection: no body past the limit is read, however it is sent, and an
 * answer never grows with what the caller sent.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicApiLimitsTest {

  private static final String CALCULATE = "/api/v1/ratings/calculate";

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
    String body =
        "{\"method\":\"2024-12\",\"scores\":{\"QS1\":3},\"pad\":\"" + "x".repeat(70_000) + "\"}";

    HttpResponse<String> answer = post(HttpRequest.BodyPublishers.ofString(body));

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat((String) JsonPath.read(answer.body(), "$.detail")).contains("64 KB");
  }

  @Test
  void aChunkedBodyWithoutALengthIsCutOffAtTheLimit() throws Exception {
    byte[] body =
        ("{\"method\":\"2024-12\",\"scores\":{\"QS1\":\"" + "x".repeat(200_000) + "\"}}")
            .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> answer =
        post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat((String) JsonPath.read(answer.body(), "$.detail")).contains("64 KB");
  }

  @Test
  void manyProblemsAreCountedButOnlyTheFirstTwentyListedWithLongNamesCut() throws Exception {
    String scores =
        IntStream.range(0, 600)
            .mapToObj(i -> "\"QS" + i + "y".repeat(80) + "\":3")
            .collect(Collectors.joining(","));
    String body = "{\"method\":\"2024-12\",\"scores\":{" + scores + "}}";
    assertThat(body.length()).isLessThan(64 * 1024);

    HttpResponse<String> answer = post(HttpRequest.BodyPublishers.ofString(body));

    assertThat(answer.statusCode()).isEqualTo(400);
    List<String> fields = JsonPath.read(answer.body(), "$.errors[*].field");
    assertThat(fields).hasSize(20);
    List<String> messages = JsonPath.read(answer.body(), "$.errors[*].message");
    assertThat(messages).allMatch(m -> m.length() <= 201);
    assertThat((String) JsonPath.read(answer.body(), "$.detail")).contains("first 20 of");
    assertThat(answer.body().length()).isLessThan(body.length());
  }

  @Test
  void aBodyWithinTheLimitIsStillRated() throws Exception {
    String body =
        "{\"method\":\"2024-12\",\"scores\":{\"QS1\":3,\"QS2\":3,\"QS3\":4,\"QS4\":3,\"QS5\":4,"
            + "\"QS6\":4,\"QS7\":3,\"QS8\":4,\"QS9\":4}}";

    HttpResponse<String> answer = post(HttpRequest.BodyPublishers.ofString(body));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat((String) JsonPath.read(answer.body(), "$.rating")).isNotBlank();
  }

  private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + CALCULATE))
            .header("Content-Type", "application/json")
            .POST(body)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
