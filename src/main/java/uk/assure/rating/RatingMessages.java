package uk.assure.rating;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The rating feature's sentences, read from {@code messages.properties} with plain {@link
 * ResourceBundle} and {@link MessageFormat} so that the command line, which starts no Spring, uses
 * the same words as the web. Every message is a pattern: an apostrophe is written {@code ''}.
 */
public final class RatingMessages {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle(
          "messages",
          Locale.ROOT,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private RatingMessages() {}

  /** The message with this key, its arguments filled in. */
  public static String text(String key, Object... arguments) {
    return new MessageFormat(BUNDLE.getString(key), Locale.UK).format(arguments);
  }
}
