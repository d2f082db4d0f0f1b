package uk.assure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Headers a browser gets from the running server. */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

  @LocalServerPort int port;

  @Test
  void scriptsNeedThisResponsesNonceAndFramingIsRefused() throws Exception {
    HttpResponse<String> response = fetch("/sign-in");

    String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
    Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
    assertThat(nonce.find()).isTrue();
    assertThat(policy).contains("frame-ancestors 'none'").contains("object-src 'none'");
    assertThat(response.body()).contains("nonce=\"" + nonce.group(1) + "\"");
    assertThat(response.body()).doesNotContainPattern("<script(?![^>]*nonce=)[^>]*>");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(fetch("/councils").headers().firstValue("Content-Security-Policy").orElseThrow())
        .doesNotContain(nonce.group(1));
  }

  @Test
  void theSessionCookieIsHttpOnlyAndPublicPagesStartNoSession() throws Exception {
    HttpResponse<String> signIn = fetch("/sign-in");
    HttpResponse<String> publicPage = fetch("/councils");

    assertThat(signIn.headers().allValues("Set-Cookie"))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly"));
    assertThat(publicPage.headers().allValues("Set-Cookie")).isEmpty();
  }

  private HttpResponse<String> fetch(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
