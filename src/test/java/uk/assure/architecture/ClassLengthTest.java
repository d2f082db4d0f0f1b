package uk.assure.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main class is over {@value #LIMIT} lines, and one over {@value #EXPLAIN} lines says why in its
 * opening comment (the Javadoc before its declaration), with the words {@value #REASON}: a class
 * that grows past them either splits along a seam or tells the next reader why it does not.
 */
class ClassLengthTest {

  static final int LIMIT = 400;
  static final int EXPLAIN = 300;
  static final String REASON = "over 300 lines because";

  private static final Path MAIN = Path.of("src/main/java");

  /** The first top-level type declaration, after any annotations on it. */
  private static final Pattern DECLARATION =
      Pattern.compile(
          "^(?:(?:public|protected|private|abstract|final|sealed|non-sealed|static|strictfp)\\s+)*"
              + "(?:class|record|interface|enum|@interface)\\s+\\w",
          Pattern.MULTILINE);

  @Test
  void everyMainClassIsShortOrSaysWhyNot() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .sorted()
          .forEach(f -> found.addAll(problems(MAIN.relativize(f).toString(), read(f))));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theCheckFindsALongClassAndAnUnexplainedOne() {
    String explained =
        "package x;\n\n/**\n * A thing.\n *\n * <p>It is over 300\n * lines because it must be.\n"
            + " */\n@Service\npublic final class X {\n";
    String unexplained = "package x;\n\n/** A thing of many lines. */\n@Service\nclass Y {\n";
    String noComment = "package x;\n\n// over 300 lines because\nrecord Z() {\n";

    assertThat(problems("X.java", padded(explained, 350))).isEmpty();
    assertThat(problems("Y.java", padded(unexplained, 300))).isEmpty();
    assertThat(problems("Y.java", padded(unexplained, 301)))
        .containsExactly("Y.java has 301 lines and its opening comment does not say why");
    assertThat(problems("Z.java", padded(noComment, 320)))
        .containsExactly("Z.java has 320 lines and its opening comment does not say why");
    assertThat(problems("X.java", padded(explained, 401)))
        .containsExactly("X.java has 401 lines, over 400: split it along a seam");
  }

  static List<String> problems(String name, String source) {
    long lines = source.lines().count();
    if (lines > LIMIT) {
      return List.of(name + " has " + lines + " lines, over " + LIMIT + ": split it along a seam");
    }
    if (lines > EXPLAIN && !openingComment(source).contains(REASON)) {
      return List.of(name + " has " + lines + " lines and its opening comment does not say why");
    }
    return List.of();
  }

  /** The Javadoc before the first top-level declaration, as one line of words; empty if none. */
  static String openingComment(String source) {
    Matcher declaration = DECLARATION.matcher(source);
    String head = declaration.find() ? source.substring(0, declaration.start()) : source;
    int start = head.lastIndexOf("/**");
    int end = head.lastIndexOf("*/");
    if (start < 0 || end < start) {
      return "";
    }
    return head.substring(start + 3, end)
        .replaceAll("(?m)^\\s*\\*", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static String padded(String start, int lines) {
    StringBuilder source = new StringBuilder(start);
    for (long n = start.lines().count(); n < lines - 1; n++) {
      source.append("  // ...\n");
    }
    return source.append("}\n").toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
