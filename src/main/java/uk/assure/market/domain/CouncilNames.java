package uk.assure.market.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;

/**
 * Finds the council a care directory's {@code Location Local Authority} names, by the registry's
 * names and alternative names, ignoring case, punctuation, {@code &} against {@code and}, and the
 * words "City of", "County of" and "Council" (so {@code Bristol, City of} is Bristol and {@code
 * Southend on Sea} is Southend-on-Sea). A name two councils share matches neither.
 */
public final class CouncilNames {

  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
  private static final Pattern WORDING = Pattern.compile("(^| )(city of|county of|council)(?= |$)");
  private static final Pattern SPACES = Pattern.compile(" +");

  private final Map<String, GssCode> byName = new HashMap<>();
  private final Set<String> shared = new HashSet<>();
  private final Map<String, Optional<GssCode>> seen = new HashMap<>();

  public CouncilNames(List<Council> councils) {
    for (Council council : councils) {
      add(council.name(), council.gss());
      if (council.officialName() != null) {
        add(council.officialName(), council.gss());
      }
      council.altNames().forEach(alt -> add(alt, council.gss()));
    }
    shared.forEach(byName::remove);
  }

  private void add(String name, GssCode gss) {
    String key = key(name);
    if (key.isEmpty()) {
      return;
    }
    GssCode before = byName.putIfAbsent(key, gss);
    if (before != null && !before.equals(gss)) {
      shared.add(key);
    }
  }

  /** The council the name stands for, if exactly one does. */
  public Optional<GssCode> match(String name) {
    if (name == null) {
      return Optional.empty();
    }
    // A directory names the same 153 councils tens of thousands of times: work each out once.
    return seen.computeIfAbsent(name, text -> Optional.ofNullable(byName.get(key(text))));
  }

  /** The name as compared: lower case, words only, without the wording councils vary in. */
  static String key(String name) {
    String text = name.toLowerCase(Locale.ROOT).replace("&", " and ");
    text = NOT_LETTER_OR_DIGIT.matcher(text).replaceAll(" ").strip();
    text = WORDING.matcher(text).replaceAll(" ");
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
