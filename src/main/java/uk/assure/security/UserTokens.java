package uk.assure.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Single-use, expiring links for invitations and password resets. Only a SHA-256 hash of each token
 * is stored, so a copy of the database cannot be used to take over an account.
 */
@Service
public class UserTokens {

  /** What a token lets its holder do. */
  public enum Purpose {
    INVITATION("invitation", Duration.ofDays(7)),
    PASSWORD_RESET("password_reset", Duration.ofHours(1));

    private final String code;
    private final Duration lifetime;

    Purpose(String code, Duration lifetime) {
      this.code = code;
      this.lifetime = lifetime;
    }

    public String code() {
      return code;
    }

    public Duration lifetime() {
      return lifetime;
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final UserTokenRecords records;
  private final Clock clock;

  UserTokens(UserTokenRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  /** Issues a new token and returns it; it is shown once and never stored as it is. */
  public String issue(UUID userId, Purpose purpose) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    records.add(hash(token), userId, purpose, clock.instant().plus(purpose.lifetime));
    return token;
  }

  /** Uses up every link of the account that is still unused, so none of them works any more. */
  public int revokeAll(UUID userId) {
    return records.useAll(userId, clock.instant());
  }

  /** The account a token belongs to, if it is unused and unexpired; does not use it up. */
  public Optional<UUID> holder(String token, Purpose purpose) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    return records.holder(hash(token), purpose, clock.instant());
  }

  /**
   * Uses a token up and returns its account. A token can be used once: of two submissions at the
   * same moment, only one succeeds.
   */
  public Optional<UUID> redeem(String token, Purpose purpose) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    return records.use(hash(token), purpose, clock.instant());
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
