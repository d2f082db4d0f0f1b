package uk.assure.endtoend;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's browser: its own cookies, pages read with jsoup, and forms sent as a browser sends
 * them (every field the form holds with its current value, the CSRF token among them), following
 * redirects.
 */
final class Browser {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  private final URI base;
  private final String who;
  private final HttpClient client;

  Browser(URI base, String who) {
    this.base = base;
    this.who = who;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  String who() {
    return who;
  }

  URI base() {
    return base;
  }

  /** A page as the browser received it, after any redirects. */
  record Page(
      String who, URI uri, int status, String contentType, String body, boolean redirected) {

    Document document() {
      return Jsoup.parse(body, uri.toString());
    }

    String text() {
      return document().text();
    }

    /** The page's path and query, for messages. */
    String where() {
      return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The error summary and field errors shown, if any, for a failure's message. */
    String problems() {
      Document doc = document();
      String errors =
          doc.select(".govuk-error-summary, .govuk-error-message").stream()
              .map(Element::text)
              .collect(Collectors.joining(" | "));
      return errors.isEmpty()
          ? doc.select("main")
              .text()
              .substring(0, Math.min(600, doc.select("main").text().length()))
          : errors;
    }

    /** The first form whose action matches, as a browser would fill it in now. */
    Form form(Predicate<String> action) {
      return forms(action).stream()
          .findFirst()
          .orElseThrow(
              () ->
                  new AssertionError(
                      who
                          + ": no such form on "
                          + where()
                          + " (forms there: "
                          + document().select("form").stream().map(f -> f.attr("action")).toList()
                          + ")"));
    }

    List<Form> forms(Predicate<String> action) {
      return document().select("form").stream()
          .filter(
              f -> action.test(f.absUrl("action").isEmpty() ? uri.toString() : f.absUrl("action")))
          .map(f -> Form.of(f, uri))
          .toList();
    }

    /** The same-origin links on the page, as absolute addresses without fragments. */
    List<URI> links() {
      List<URI> links = new ArrayList<>();
      for (Element a : document().select("a[href]")) {
        String href = a.absUrl("href");
        if (href.isEmpty()) {
          continue;
        }
        try {
          URI link = URI.create(href.replace(" ", "%20"));
          if (uri.getAuthority().equals(link.getAuthority())
              && ("http".equals(link.getScheme()) || "https".equals(link.getScheme()))) {
            links.add(
                new URI(
                    link.getScheme(),
                    link.getRawAuthority(),
                    link.getPath(),
                    link.getQuery(),
                    null));
          }
        } catch (Exception notAnAddress) {
          // a link no browser could follow either; not this test's subject
        }
      }
      return links;
    }

    boolean contains(String text) {
      return body.contains(text);
    }
  }

  /** A form's fields as a browser would send them, which the test changes before sending. */
  static final class Form {
    private final URI action;
    private final String method;
    private final boolean multipart;
    private final List<Map.Entry<String, String>> fields = new ArrayList<>();
    private final Map<String, List<Upload>> files = new LinkedHashMap<>();
    private final List<String> fileFields = new ArrayList<>();

    record Upload(String fileName, String contentType, byte[] content) {}

    private Form(URI action, String method, boolean multipart) {
      this.action = action;
      this.method = method;
      this.multipart = multipart;
    }

    static Form of(Element form, URI page) {
      String action = form.absUrl("action");
      Form f =
          new Form(
              action.isEmpty() ? page : URI.create(action),
              form.attr("method").isEmpty() ? "get" : form.attr("method").toLowerCase(),
              "multipart/form-data".equalsIgnoreCase(form.attr("enctype")));
      for (Element field : form.select("input, select, textarea")) {
        String name = field.attr("name");
        if (name.isEmpty() || field.hasAttr("disabled")) {
          continue;
        }
        switch (field.tagName()) {
          case "select" -> {
            Element chosen = field.selectFirst("option[selected]");
            if (chosen == null) {
              chosen = field.selectFirst("option");
            }
            if (chosen != null) {
              f.fields.add(
                  Map.entry(name, chosen.hasAttr("value") ? chosen.attr("value") : chosen.text()));
            }
          }
          case "textarea" -> f.fields.add(Map.entry(name, field.wholeText()));
          default -> {
            String type = field.attr("type").toLowerCase();
            switch (type) {
              case "checkbox", "radio" -> {
                if (field.hasAttr("checked")) {
                  f.fields.add(
                      Map.entry(name, field.hasAttr("value") ? field.attr("value") : "on"));
                }
              }
              case "file" -> f.fileFields.add(name);
              case "submit", "button", "image", "reset" -> {
                // only the button pressed is sent
              }
              default -> f.fields.add(Map.entry(name, field.attr("value")));
            }
          }
        }
      }
      return f;
    }

    URI action() {
      return action;
    }

    /** The current value of a field (its first, if several). */
    Optional<String> value(String name) {
      return fields.stream()
          .filter(e -> e.getKey().equals(name))
          .map(Map.Entry::getValue)
          .findFirst();
    }

    /** Types into a field or chooses an option, replacing what it held. */
    Form set(String name, String value) {
      fields.removeIf(e -> e.getKey().equals(name));
      fields.add(Map.entry(name, value));
      return this;
    }

    /** Ticks one more checkbox of a group. */
    Form tick(String name, String value) {
      if (fields.stream().noneMatch(e -> e.getKey().equals(name) && e.getValue().equals(value))) {
        fields.add(Map.entry(name, value));
      }
      return this;
    }

    /** Presses a named submit button. */
    Form press(String name, String value) {
      return set(name, value);
    }

    Form attach(String name, String fileName, String contentType, byte[] content) {
      files
          .computeIfAbsent(name, n -> new ArrayList<>())
          .add(new Upload(fileName, contentType, content));
      return this;
    }

    private String encoded() {
      return fields.stream()
          .map(
              e ->
                  URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                      + "="
                      + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
    }

    private byte[] multipartBody(String boundary) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (Map.Entry<String, String> e : fields) {
        write(
            out,
            "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + e.getKey()
                + "\"\r\n\r\n"
                + e.getValue()
                + "\r\n");
      }
      for (String name : fileFields) {
        List<Upload> uploads =
            files.getOrDefault(
                name, List.of(new Upload("", "application/octet-stream", new byte[0])));
        for (Upload upload : uploads) {
          write(
              out,
              "--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + name
                  + "\"; filename=\""
                  + upload.fileName()
                  + "\"\r\nContent-Type: "
                  + upload.contentType()
                  + "\r\n\r\n");
          out.writeBytes(upload.content());
          write(out, "\r\n");
        }
      }
      write(out, "--" + boundary + "--\r\n");
      return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
      out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  Page get(String pathOrUri) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(resolve(pathOrUri)).GET());
  }

  /** Sends a form as a browser would, following the redirect that answers it. */
  Page submit(Form form) throws IOException, InterruptedException {
    if (!form.files.isEmpty() && !form.multipart) {
      throw new AssertionError("Files attached to a form that cannot carry them: " + form.action);
    }
    if (form.method.equals("get")) {
      String query = form.encoded();
      return get(
          form.action.toString().replaceFirst("\\?.*$", "") + (query.isEmpty() ? "" : "?" + query));
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(form.action);
    if (form.multipart) {
      String boundary = "----e2e" + UUID.randomUUID().toString().replace("-", "");
      request
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(form.multipartBody(boundary)));
    } else {
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form.encoded()));
    }
    return send(request);
  }

  /**
   * Sends a form that should be accepted: answered with a redirect to a page that then opens. On
   * anything else the failure names the problems the page shows.
   */
  Page submitAccepted(Form form, String step) throws IOException, InterruptedException {
    Page page = submit(form);
    if (!page.redirected() || page.status() != 200) {
      throw new AssertionError(
          who
              + " could not "
              + step
              + ": POST "
              + form.action().getRawPath()
              + " answered "
              + page.status()
              + " at "
              + page.where()
              + ": "
              + page.problems());
    }
    return page;
  }

  private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        client.send(
            request.timeout(TIMEOUT).header("Accept", "text/html,*/*").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    return page(response, new String(response.body(), StandardCharsets.UTF_8));
  }

  private Page page(HttpResponse<?> response, String body) {
    return new Page(
        who,
        response.uri(),
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        body,
        response.previousResponse().isPresent());
  }

  /**
   * GETs an address for the crawl: the body of a page or text file is read; a binary download's
   * body is not, only its status is kept.
   */
  Page visit(URI uri) throws IOException, InterruptedException {
    HttpResponse<InputStream> response =
        client.send(
            HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "text/html,*/*")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    String type = response.headers().firstValue("Content-Type").orElse("");
    boolean textual =
        type.isEmpty()
            || type.startsWith("text/")
            || type.contains("json")
            || type.contains("xml") && !type.contains("officedocument");
    try (InputStream in = response.body()) {
      if (!textual) {
        return page(response, "");
      }
      return page(response, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** The bytes of a download. */
  HttpResponse<byte[]> download(String pathOrUri) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(resolve(pathOrUri)).timeout(TIMEOUT).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private URI resolve(String pathOrUri) {
    return pathOrUri.startsWith("http") ? URI.create(pathOrUri) : base.resolve(pathOrUri);
  }
}
