package uk.assure.rating.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The rating rules' sentences, read from {@code messages.properties} without Spring so that the
 * command line can use them too. Every message is a {@link MessageFormat} pattern; arguments are
 * shown as they are (no digit grouping).
 */
final class RatingText {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle(
          "messages",
          Locale.ROOT,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private RatingText() {}

  static String of(String key, Object... arguments) {
    Object[] shown = Arrays.stream(arguments).map(String::valueOf).toArray();
    return new MessageFormat(BUNDLE.getString(key), Locale.UK).format(shown);
  }
}
