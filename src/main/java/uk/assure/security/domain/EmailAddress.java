package uk.assure.security.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A person's email address, kept in lower case so that each person has one account. */
public record EmailAddress(String value) {

  private static final Pattern FORMAT =
      Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
  private static final int MAX_LENGTH = 254;

  public EmailAddress {
    if (value == null
        || value.length() > MAX_LENGTH
        || !FORMAT.matcher(value).matches()
        || !value.equals(value.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("Not an email address: " + value);
    }
  }

  /** The address, if the text is one, in lower case; for input typed by people. */
  public static Optional<EmailAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String candidate = text.strip().toLowerCase(Locale.ROOT);
    return candidate.length() <= MAX_LENGTH && FORMAT.matcher(candidate).matches()
        ? Optional.of(new EmailAddress(candidate))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
