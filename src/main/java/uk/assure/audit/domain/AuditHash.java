package uk.assure.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that chains audit entries: SHA-256, in lower-case hex, over the previous entry's hash
 * followed by each field of the entry in a fixed order (sequence, occurred at as an ISO-8601
 * instant to the microsecond, actor, actor role, action code, subject type, subject id, council
 * GSS, client address, details), each written as its length in characters, a colon, and the value,
 * with an absent value written as "-1:". Length prefixes make the serialisation unambiguous: no two
 * different entries serialise alike.
 */
public final class AuditHash {

  /** The "previous hash" of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditHash() {}

  public static String of(AuditEntry entry) {
    return of(
        entry.previousHash(),
        entry.sequence(),
        entry.occurredAt(),
        entry.actor(),
        entry.actorRole(),
        entry.action(),
        entry.subjectType(),
        entry.subjectId(),
        entry.councilGss(),
        entry.clientAddress(),
        entry.details());
  }

  public static String of(
      String previousHash,
      long sequence,
      Instant occurredAt,
      String actor,
      String actorRole,
      AuditAction action,
      String subjectType,
      String subjectId,
      String councilGss,
      String clientAddress,
      String details) {
    StringBuilder text = new StringBuilder(previousHash);
    for (String field :
        new String[] {
          Long.toString(sequence),
          occurredAt.truncatedTo(ChronoUnit.MICROS).toString(),
          actor,
          actorRole,
          action.code(),
          subjectType,
          subjectId,
          councilGss,
          clientAddress,
          details
        }) {
      text.append(field == null ? -1 : field.length()).append(':');
      if (field != null) {
        text.append(field);
      }
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
