package uk.assure.security;

import java.util.Optional;
import java.util.UUID;
import uk.assure.council.domain.GssCode;
import uk.assure.security.domain.EmailAddress;
import uk.assure.security.domain.Role;
import uk.assure.security.domain.UserAccount;
import uk.assure.testing.Councils;

/** Signed-in people for tests, as the application itself would hold them. */
public final class TestUsers {

  public static final String CAMDEN = Councils.claim(TestUsers.class, "E09000007");

  private TestUsers() {}

  /**
   * The one test person with the role: the same id each time, so a person put on an assessment's
   * team (see {@code TeamFixture}) is the one who signs in.
   */
  public static AssureUser withRole(Role role) {
    return role == Role.COUNCIL
        ? ofCouncil(CAMDEN)
        : user(role, Optional.empty(), UUID.nameUUIDFromBytes(("test-" + role.code()).getBytes()));
  }

  /**
   * An account made as a person makes one: invited with the role (and council, for a council
   * person), then the invitation accepted with the password. The invitation must succeed.
   */
  public static Invitations.Outcome.Invited signedUp(
      Invitations invitations, String email, String role, String council, String password) {
    var invited = (Invitations.Outcome.Invited) invitations.invite(email, role, council);
    invitations.accept(invited.link().substring(invited.link().lastIndexOf('/') + 1), password);
    return invited;
  }

  /** The person as they would sign in with a stored account. */
  public static AssureUser of(UserAccount account) {
    return new AssureUser(account);
  }

  public static AssureUser ofCouncil(String gss) {
    return user(Role.COUNCIL, Optional.of(new GssCode(gss)), UUID.randomUUID());
  }

  private static AssureUser user(Role role, Optional<GssCode> council, UUID id) {
    return new AssureUser(
        new UserAccount(
            id,
            new EmailAddress(role.code().replace('_', '-') + "@example.org"),
            role,
            council,
            Optional.of("{noop}not-used"),
            Optional.empty(),
            true,
            0));
  }
}
