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
}
