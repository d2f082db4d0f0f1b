package uk.assure.security;

import java.util.Optional;
import java.util.UUID;
import uk.assure.council.domain.GssCode;
import uk.assure.security.domain.EmailAddress;
import uk.assure.security.domain.Role;
import uk.assure.security.domain.UserAccount;

/** Signed-in people for tests, as the application itself would hold them. */
public final class TestUsers {

  public static final String CAMDEN = "E09000007";

  private TestUsers() {}

  public static AssureUser withRole(Role role) {
    return role == Role.COUNCIL ? ofCouncil(CAMDEN) : user(role, Optional.empty());
  }

  public static AssureUser ofCouncil(String gss) {
    return user(Role.COUNCIL, Optional.of(new GssCode(gss)));
  }

  private static AssureUser user(Role role, Optional<GssCode> council) {
    return new AssureUser(
        new UserAccount(
            UUID.randomUUID(),
            new EmailAddress(role.code().replace('_', '-') + "@example.org"),
            role,
            council,
            Optional.of("{noop}not-used"),
            Optional.empty(),
            true,
            0));
  }
}
