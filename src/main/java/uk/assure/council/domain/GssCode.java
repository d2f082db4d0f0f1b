package uk.assure.council.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ONS Government Statistical Service code that identifies a council everywhere in Assure, for
 * example {@code E09000007} (Camden). Councils with adult social care duties have codes starting
 * E06 (unitary), E08 (metropolitan district), E09 (London borough and the City of London) or E10
 * (county).
 */
public record GssCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("E(06|08|09|10)\\d{6}");

  public GssCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A council's GSS code looks like E09000007 (E06, E08, E09 or E10 and six digits), not "
              + value);
    }
  }

  /** The code, if the text is one; for input typed by people or read from files. */
  public static Optional<GssCode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String candidate = text.strip().toUpperCase(java.util.Locale.ROOT);
    return FORMAT.matcher(candidate).matches()
        ? Optional.of(new GssCode(candidate))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
