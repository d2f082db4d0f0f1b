package uk.assure.team.domain;

import java.util.Objects;

/** One person on an assessment's team, in their part. */
public record TeamMember(Person person, TeamRole role) {

  public TeamMember {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
  }
}
