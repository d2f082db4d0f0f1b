package uk.assure.document.domain;

import java.util.HexFormat;
import java.util.Objects;

/** The SHA-256 of a file's bytes, in lower-case hex: the same file always has the same hash. */
public record ContentHash(String value) {

  public ContentHash {
    Objects.requireNonNull(value, "value");
    if (!value.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("Not a SHA-256 in lower-case hex: " + value);
    }
  }

  public static ContentHash of(byte[] digest) {
    return new ContentHash(HexFormat.of().formatHex(digest));
  }

  @Override
  public String toString() {
    return value;
  }
}
