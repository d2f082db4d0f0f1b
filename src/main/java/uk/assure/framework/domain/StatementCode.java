package uk.assure.framework.domain;

import java.util.regex.Pattern;

/**
 * The code of a quality statement: QS followed by its number from 1, with no leading zero (QS1,
 * QS9, QS10). This is the framework's one definition of a statement code; forms that check codes
 * with Bean Validation use {@link #PATTERN}, everything else {@link #isValid} or the record.
 *
 * @param value the code, for example {@code QS4}
 */
public record StatementCode(String value) {

  /** The pattern a code matches in full, for {@code @Pattern(regexp = StatementCode.PATTERN)}. */
  public static final String PATTERN = "QS[1-9][0-9]*";

  private static final Pattern CODE = Pattern.compile(PATTERN);

  public StatementCode {
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "A quality statement code is QS followed by its number, like QS1, not '" + value + "'");
    }
  }

  /** Whether {@code value} is a statement code (null is not). */
  public static boolean isValid(String value) {
    return value != null && CODE.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
