package uk.assure.team.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The people assessing one council: at most one lead, assessors and external reviewers, nobody
 * twice. Who may join is decided by {@link #admit}, the one place the rules are kept.
 */
public record Team(List<TeamMember> members) {

  /** Whether a person may join the team in a part. */
  public sealed interface Admission {
    record Allowed() implements Admission {}

    /**
     * Why not, as a message key.
     *
     * @param reason the message key of the refusal
     */
    record Refused(String reason) implements Admission {}
  }

  public Team {
    members = List.copyOf(members);
    var seen = new HashSet<UUID>();
    for (TeamMember member : members) {
      if (!seen.add(member.person().id())) {
        throw new IllegalArgumentException("Nobody appears twice in one team");
      }
    }
    if (members.stream().filter(m -> m.role() == TeamRole.LEAD).count() > 1) {
      throw new IllegalArgumentException("A team has one lead");
    }
  }

  public Optional<TeamMember> lead() {
    return members.stream().filter(m -> m.role() == TeamRole.LEAD).findFirst();
  }

  public boolean includes(UUID person) {
    return members.stream().anyMatch(m -> m.person().id().equals(person));
  }

  /**
   * Whether the person may join in the part: not already on the team, an account that suits the
   * part, no second lead, and no conflict of interest with the council assessed.
   */
  public Admission admit(Person person, TeamRole role, boolean conflicted) {
    if (includes(person.id())) {
      return new Admission.Refused("team.refused.already");
    }
    if (conflicted) {
      return new Admission.Refused("team.refused.conflict");
    }
    if (!role.suits(person)) {
      return new Admission.Refused("team.refused.unsuited." + role.code());
    }
    if (role == TeamRole.LEAD && lead().isPresent()) {
      return new Admission.Refused("team.refused.leadTaken");
    }
    return new Admission.Allowed();
  }

  /** How many members play each part, counted for the page's summary. */
  public long count(TeamRole role) {
    return members.stream().filter(m -> m.role() == role).count();
  }
}
