package uk.assure.indicator.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;

/**
 * Finds the council a row of a published file is about: by ONS (GSS) code, by NHS England's
 * three-digit council code once learnt, or by name through the registry's other spellings.
 */
final class CouncilMatcher {

  private final Map<GssCode, Council> byGss = new HashMap<>();
  private final Map<String, GssCode> byCassr = new HashMap<>();
  private final Map<String, GssCode> byName = new HashMap<>();
  private final Map<String, GssCode> learnt = new HashMap<>();
  private final Map<String, Optional<GssCode>> seen = new HashMap<>();

  CouncilMatcher(List<Council> councils, Map<String, GssCode> cassrCodes) {
    for (Council council : councils) {
      byGss.put(council.gss(), council);
      byName.put(name(council.name()), council.gss());
      byName.put(name(council.officialName()), council.gss());
      council.altNames().forEach(alt -> byName.putIfAbsent(name(alt), council.gss()));
    }
    byCassr.putAll(cassrCodes);
  }

  Optional<GssCode> byGss(String code) {
    if (code == null) {
      return Optional.empty();
    }
    // Large files name the same few hundred codes again and again: check each once.
    return seen.computeIfAbsent(code, text -> GssCode.parse(text).filter(byGss::containsKey));
  }

  Optional<GssCode> byCassr(String code) {
    String cassr = code == null ? "" : code.strip();
    return Optional.ofNullable(byCassr.getOrDefault(cassr, learnt.get(cassr)));
  }

  Optional<GssCode> byName(String text) {
    return Optional.ofNullable(byName.get(name(text)));
  }

  /** Remembers a three-digit code seen beside a council's GSS code in the same row. */
  void learn(String cassr, GssCode gss) {
    if (cassr == null) {
      return;
    }
    String code = cassr.strip();
    if (isCassr(code) && !byCassr.containsKey(code)) {
      learnt.put(code, gss);
    }
  }

  private static boolean isCassr(String code) {
    return code.length() == 3
        && digit(code.charAt(0))
        && digit(code.charAt(1))
        && digit(code.charAt(2));
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  Map<String, GssCode> learnt() {
    return Map.copyOf(learnt);
  }

  String councilName(GssCode gss) {
    return byGss.get(gss).name();
  }

  private static String name(String text) {
    return text == null
        ? ""
        : text.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]+", " ").strip();
  }
}
