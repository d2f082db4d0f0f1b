package uk.assure.security.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.assure.council.domain.GssCode;

/**
 * A person who can sign in. Council users are tied to one council by its GSS code; staff are not.
 *
 * @param passwordHash empty until the person accepts their invitation and chooses a password
 * @param totpSecret the second-factor key, once the person has set one up
 */
public record UserAccount(
    UUID id,
    EmailAddress email,
    Role role,
    Optional<GssCode> council,
    Optional<String> passwordHash,
    Optional<String> totpSecret,
    boolean active,
    int version) {

  public UserAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    if ((role == Role.COUNCIL) != council.isPresent()) {
      throw new IllegalArgumentException(
          "A council user belongs to exactly one council, and only council users do");
    }
  }

  /** A new account for an invited person, who has not chosen a password yet. */
  public static UserAccount invite(EmailAddress email, Role role, Optional<GssCode> council) {
    return new UserAccount(
        UUID.randomUUID(), email, role, council, Optional.empty(), Optional.empty(), true, 0);
  }
}
