package uk.assure.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.RatingRules;
import uk.assure.shared.yaml.YamlProblem;

/**
 * Reads the framework from its YAML file: the one shipped with Assure, or a revised one.
 *
 * <p>Reading checks the file strictly and reports every problem at once, each with its line and
 * entry: missing or misspelt fields, duplicate or malformed statement codes, statements in unknown
 * themes, unknown evidence categories, scores outside 1 to 4, and rating bands or scoring methods
 * that disagree with the rating rules (given as {@link RatingRules} by the {@code rating} feature,
 * which the framework does not depend on). {@link #check} returns the problems; {@link #read}
 * throws them as an {@link InvalidFrameworkFileException}, for start-up where a bad file is the
 * operator's to correct.
 */
public final class FrameworkFile {

  static final String BUNDLED = "/framework/framework.yaml";

  private FrameworkFile() {}

  private static volatile Framework bundled;

  /**
   * The framework shipped with Assure, read and checked against the rating rules once per process
   * (the shipped file does not change, so later calls return the same framework).
   */
  public static Framework bundled(RatingRules rules) {
    Framework framework = bundled;
    if (framework == null) {
      synchronized (FrameworkFile.class) {
        if (bundled == null) {
          bundled = readBundled(rules);
        }
        framework = bundled;
      }
    }
    return framework;
  }

  /** Checks a framework file on disk. */
  public static FrameworkCheck check(Path file, RatingRules rules) {
    try (InputStream in = Files.newInputStream(file)) {
      return check(in, file.toString(), rules);
    } catch (NoSuchFileException e) {
      return unreadable(file, "there is no such file");
    } catch (IOException e) {
      return unreadable(file, "it cannot be read (" + e.getMessage() + ")");
    }
  }

  /** Checks framework text (UTF-8); {@code source} names it in problem messages. */
  public static FrameworkCheck check(InputStream in, String source, RatingRules rules) {
    Reader text = new InputStreamReader(in, StandardCharsets.UTF_8);
    return FrameworkReader.check(text, source, rules);
  }

  /**
   * Reads a framework file on disk.
   *
   * @throws InvalidFrameworkFileException listing every problem, if the file cannot be used
   */
  public static Framework read(Path file, RatingRules rules) {
    return check(file, rules).framework();
  }

  /**
   * Reads framework text (UTF-8).
   *
   * @throws InvalidFrameworkFileException listing every problem, if the text cannot be used
   */
  public static Framework read(InputStream in, RatingRules rules) {
    return check(in, "given", rules).framework();
  }

  private static FrameworkCheck unreadable(Path file, String why) {
    return new FrameworkCheck.Invalid(
        file.toString(), List.of(new YamlProblem(0, "", "the file " + file + ": " + why)));
  }

  private static Framework readBundled(RatingRules rules) {
    try (InputStream in = FrameworkFile.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("The shipped framework " + BUNDLED + " is missing");
      }
      return check(in, "classpath:" + BUNDLED, rules).framework();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
