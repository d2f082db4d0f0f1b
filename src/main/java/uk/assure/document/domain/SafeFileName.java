package uk.assure.document.domain;

import java.text.Normalizer;

/**
 * The name a document is kept and offered for download under, made safe from the name the sender's
 * computer gave it: no folders, no control or reserved characters, no leading dots, at most {@value
 * #MAX_LENGTH} characters with the extension kept.
 */
public final class SafeFileName {

  public static final int MAX_LENGTH = 150;
  private static final String FALLBACK = "document";

  private SafeFileName() {}

  /**
   * Whether a name holds a control character (a null, a bell, a line break...), which no computer
   * puts in a file's name: such an upload is refused, saying why, rather than guessed at.
   */
  public static boolean holdsControlCharacters(String given) {
    return given != null && given.codePoints().anyMatch(Character::isISOControl);
  }

  public static String of(String given) {
    if (given == null) {
      return FALLBACK;
    }
    String name = given;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "");
    name = name.replaceAll("\\s+", " ").strip();
    name = name.replaceFirst("^[.\\s]+", "");
    if (name.isEmpty()) {
      return FALLBACK;
    }
    if (name.length() > MAX_LENGTH) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, MAX_LENGTH - extension.length()).strip() + extension;
    }
    return name;
  }
}
