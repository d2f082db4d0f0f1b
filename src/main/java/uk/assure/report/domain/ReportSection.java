package uk.assure.report.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One section of a report, named by a key that stays the same across drafts and published versions:
 * {@link #OVERVIEW}, {@link #PEOPLE_EXPERIENCE}, or a quality statement's code from the framework
 * (for example {@code QS1}).
 *
 * @param text the section's words as plain text, paragraphs separated by blank lines
 */
public record ReportSection(String key, String heading, String text) {

  public static final String OVERVIEW = "overview";
  public static final String PEOPLE_EXPERIENCE = "people-experience";

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{1,40}");

  public ReportSection {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(text, "text");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("Not a section key: " + key);
    }
  }
}
