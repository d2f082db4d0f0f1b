package uk.assure.planning;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Planning's sentences from {@code messages.properties}, read without Spring so the {@code plan}
 * command and the web use the same words. Every message is a pattern: an apostrophe is {@code ''}.
 */
public final class PlanningMessages {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle(
          "messages",
          Locale.ROOT,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private PlanningMessages() {}

  public static String text(String key, Object... arguments) {
    Object[] shown = arguments.clone();
    for (int i = 0; i < shown.length; i++) {
      // Dates and counts as written in the files, not in the locale's number format.
      if (!(shown[i] instanceof String)) {
        shown[i] = String.valueOf(shown[i]);
      }
    }
    return new MessageFormat(BUNDLE.getString(key), Locale.UK).format(shown);
  }
}
