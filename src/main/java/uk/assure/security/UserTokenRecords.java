package uk.assure.security;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Invitation and password-reset links as stored: by a hash of the token, never the token. */
public interface UserTokenRecords {

  void add(String tokenHash, UUID userId, UserTokens.Purpose purpose, Instant expiresAt);

  /** Marks every unused link of the account used at {@code at}; returns how many there were. */
  int useAll(UUID userId, Instant at);

  /** The account of an unused link for this purpose that has not expired at {@code now}. */
  Optional<UUID> holder(String tokenHash, UserTokens.Purpose purpose, Instant now);

  /**
   * Marks an unused, unexpired link used at {@code now} and returns its account, in one statement,
   * so that of two attempts at the same moment only one finds it.
   */
  Optional<UUID> use(String tokenHash, UserTokens.Purpose purpose, Instant now);
}
