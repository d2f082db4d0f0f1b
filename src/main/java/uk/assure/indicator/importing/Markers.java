package uk.assure.indicator.importing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads published figures: a number, or one of the markers publishers use for figures held back to
 * protect people ({@code c}, {@code [c]}, {@code *}) or not available ({@code :}, {@code x}, {@code
 * [x]}, {@code [z]}, blank).
 */
final class Markers {

  private static final Set<String> SUPPRESSED = Set.of("c", "[c]", "*");
  private static final Set<String> NOT_AVAILABLE = Set.of(":", "x", "[x]", "[z]", "", "-", "..");

  /** A figure as read: its status, and its value when available. */
  record Figure(IndicatorRow.Status status, BigDecimal value) {}

  private Markers() {}

  /** The figure, or empty if the text is neither a number nor a known marker. */
  static Optional<Figure> read(String text) {
    String value = text == null ? "" : text.strip();
    if (!value.isEmpty() && plainNumber(value)) {
      return Optional.of(new Figure(IndicatorRow.Status.AVAILABLE, new BigDecimal(value)));
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (SUPPRESSED.contains(lower)) {
      return Optional.of(new Figure(IndicatorRow.Status.SUPPRESSED, null));
    }
    if (NOT_AVAILABLE.contains(lower)) {
      return Optional.of(new Figure(IndicatorRow.Status.NOT_AVAILABLE, null));
    }
    String number = value.replace(",", "").replace("%", "");
    try {
      return Optional.of(new Figure(IndicatorRow.Status.AVAILABLE, new BigDecimal(number)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Digits with at most one decimal point, and a minus sign first: most published figures. */
  private static boolean plainNumber(String value) {
    boolean digits = false;
    boolean point = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !point) {
        point = true;
      } else if (!(c == '-' && i == 0)) {
        return false;
      }
    }
    return digits;
  }
}
