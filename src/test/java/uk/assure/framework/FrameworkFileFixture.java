package uk.assure.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import uk.assure.rating.domain.PublishedRatingRules;

/** Framework file texts for tests: the shipped file, and copies of it with deliberate changes. */
public final class FrameworkFileFixture {

  private final String text;

  private FrameworkFileFixture(String text) {
    this.text = text;
  }

  /** The framework file shipped with Assure. */
  public static FrameworkFileFixture bundled() {
    try (InputStream in = FrameworkFile.class.getResourceAsStream(FrameworkFile.BUNDLED)) {
      return new FrameworkFileFixture(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static FrameworkFileFixture of(String text) {
    return new FrameworkFileFixture(text);
  }

  /** A copy with the first occurrence of {@code from} replaced, failing if it is not there. */
  public FrameworkFileFixture replacing(String from, String to) {
    assertThat(text).as("the framework file to change").contains(from);
    int at = text.indexOf(from);
    return new FrameworkFileFixture(
        text.substring(0, at) + to + text.substring(at + from.length()));
  }

  /** A copy with the first occurrence of {@code from} after {@code anchor} replaced. */
  public FrameworkFileFixture replacingAfter(String anchor, String from, String to) {
    assertThat(text).as("the framework file to change").contains(anchor);
    int start = text.indexOf(anchor);
    int at = text.indexOf(from, start);
    assertThat(at).as("'" + from + "' after '" + anchor + "'").isNotNegative();
    return new FrameworkFileFixture(
        text.substring(0, at) + to + text.substring(at + from.length()));
  }

  /** The line, from 1, on which {@code fragment} first appears. */
  public int lineOf(String fragment) {
    int at = text.indexOf(fragment);
    assertThat(at).as("'" + fragment + "' in the framework file").isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  public String text() {
    return text;
  }

  public InputStream stream() {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  public FrameworkCheck check() {
    return FrameworkFile.check(stream(), "test.yaml", PublishedRatingRules.RULES);
  }
}
