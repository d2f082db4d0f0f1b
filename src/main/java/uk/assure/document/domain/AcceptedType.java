package uk.assure.document.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file Assure accepts, by the media type detected from a file's bytes (never its
 * name). Programs, scripts and anything else are refused.
 */
public enum AcceptedType {
  PDF("pdf", Set.of("application/pdf")),
  WORD(
      "word",
      Set.of(
          "application/msword",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
  SPREADSHEET(
      "spreadsheet",
      Set.of(
          "application/vnd.ms-excel",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
  PRESENTATION(
      "presentation",
      Set.of(
          "application/vnd.ms-powerpoint",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation")),
  OPEN_DOCUMENT(
      "open_document",
      Set.of(
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.spreadsheet",
          "application/vnd.oasis.opendocument.presentation")),
  TEXT("text", Set.of("text/plain", "text/csv", "application/rtf", "text/rtf")),
  IMAGE("image", Set.of("image/png", "image/jpeg")),
  ZIP("zip", Set.of("application/zip"));

  private final String code;
  private final Set<String> mediaTypes;

  AcceptedType(String code, Set<String> mediaTypes) {
    this.code = code;
    this.mediaTypes = mediaTypes;
  }

  public String code() {
    return code;
  }

  /** The accepted type a detected media type (without parameters) belongs to, if any. */
  public static Optional<AcceptedType> forMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaTypes.contains(mediaType)).findFirst();
  }
}
