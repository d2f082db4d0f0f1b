package uk.assure.team.domain;

import java.util.Objects;
import java.util.UUID;
import uk.assure.security.domain.Role;

/**
 * A member of staff as teams see them.
 *
 * @param external whether they are an external specialist reviewer rather than the regulator's own
 */
public record Person(UUID id, String email, Role role, boolean external) {

  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    if (!role.staff()) {
      throw new IllegalArgumentException("Only the regulator's staff join assessment teams");
    }
  }
}
