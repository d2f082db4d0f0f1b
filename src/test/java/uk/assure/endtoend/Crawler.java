package uk.assure.endtoend;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows every same-origin link reachable from a person's home page (GET only, never signing out)
 * and lists the pages that failed them: a 5xx answer, a 4xx answer to a link a page offered them (a
 * broken link), a blank page, or a message key shown unresolved ({@code ??key??}).
 */
final class Crawler {

  static final int MAX_PAGES = 600;

  /**
   * Pages of one shape (the same path with other codes, ids or numbers, the same query names) are
   * many: the 153 councils' pages, every version of a report. A few of each shape are enough to
   * find a page that fails, so the crawl stays within minutes; pages of the assessment the test
   * took through its journey are always visited.
   */
  static final int PER_SHAPE = 3;

  private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[A-Za-z0-9_.\\-\\[\\]]+\\?\\?");
  private static final Pattern VARIABLE =
      Pattern.compile(
          "(?<=/)(E[0-9]{8}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]+|[A-Z]{2,4}[0-9]+)(?=/|\\.|$)");

  private Crawler() {}

  /** What a crawl found: the pages it opened (with their status) and every page that failed. */
  record Result(List<String> opened, List<String> failures) {
    int visited() {
      return opened.size();
    }
  }

  static Result crawl(Browser browser, String home, Set<String> alwaysVisit) {
    Deque<URI> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    Map<String, Integer> shapes = new HashMap<>();
    Map<String, String> foundOn = new HashMap<>();
    List<String> failures = new ArrayList<>();
    URI start = browser.base().resolve(home);
    queue.add(start);
    seen.add(start.toString());
    List<String> opened = new ArrayList<>();
    while (!queue.isEmpty() && opened.size() < MAX_PAGES) {
      URI uri = queue.poll();
      String where = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      String from =
          foundOn.containsKey(uri.toString())
              ? " (linked from " + foundOn.get(uri.toString()) + ")"
              : "";
      Browser.Page page;
      try {
        page = browser.visit(uri);
      } catch (Exception e) {
        failures.add(browser.who() + ": GET " + where + " failed: " + e + from);
        opened.add("--- " + where);
        continue;
      }
      opened.add(page.status() + " " + where);
      if (page.status() >= 500) {
        failures.add(browser.who() + ": GET " + where + " answered " + page.status() + from);
        continue;
      }
      if (page.status() >= 400) {
        // A page that offers a link its reader may not follow, or that leads nowhere.
        failures.add(
            browser.who()
                + ": GET "
                + where
                + " answered "
                + page.status()
                + " (a broken link)"
                + from);
        continue;
      }
      boolean textual =
          page.contentType().startsWith("text/") || page.contentType().contains("json");
      if (textual && page.status() < 300 && page.body().isBlank()) {
        failures.add(browser.who() + ": GET " + where + " answered a blank page" + from);
      }
      if (textual) {
        Set<String> keys = new TreeSet<>();
        Matcher m = UNRESOLVED.matcher(page.body());
        while (m.find()) {
          keys.add(m.group());
        }
        if (!keys.isEmpty()) {
          failures.add(
              browser.who() + ": GET " + where + " shows unresolved message keys " + keys + from);
        }
      }
      if (!page.contentType().startsWith("text/html") || page.status() >= 300) {
        continue;
      }
      for (URI link : page.links()) {
        String key = link.toString();
        if (seen.contains(key) || link.getPath().contains("sign-out")) {
          continue;
        }
        seen.add(key);
        String shape = shape(link);
        boolean ours = alwaysVisit.stream().anyMatch(key::contains);
        int count = shapes.merge(shape, 1, Integer::sum);
        if (ours || count <= PER_SHAPE) {
          foundOn.put(key, where);
          queue.add(link);
        }
      }
    }
    return new Result(opened, failures);
  }

  /** The path with its codes, ids and numbers taken out, and the names of its query's fields. */
  static String shape(URI uri) {
    String path = VARIABLE.matcher(uri.getRawPath()).replaceAll("{}");
    String query = uri.getRawQuery();
    if (query == null) {
      return path;
    }
    Set<String> names = new TreeSet<>();
    for (String part : query.split("&")) {
      names.add(part.split("=", 2)[0]);
    }
    return path + "?" + String.join("&", names);
  }
}
