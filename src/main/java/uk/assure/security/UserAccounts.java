package uk.assure.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.assure.security.domain.EmailAddress;
import uk.assure.security.domain.UserAccount;

/** Where accounts are kept. */
public interface UserAccounts {

  Optional<UserAccount> find(EmailAddress email);

  Optional<UserAccount> find(UUID id);

  List<UserAccount> all();

  /** Stores a new account; false if the email address already has one. */
  boolean add(UserAccount account);

  void setPassword(UUID id, String passwordHash);

  void setSecondFactorSecret(UUID id, String secret);

  boolean anyAdmin();

  /**
   * Changes an account's role, council and whether it may sign in, if nobody has changed it since
   * {@code version}; false otherwise, changing nothing.
   */
  boolean update(UUID id, int version, UserAccount changed);

  /** Ends every signed-in session of the account, so a changed role applies at once. */
  void endSessions(String email);
}
