package uk.assure.team.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.assure.security.domain.Role;

class TeamTest {

  private static final Person LEAD = person(Role.LEAD_ASSESSOR, false);
  private static final Person ASSESSOR = person(Role.ASSESSOR, false);
  private static final Person EXTERNAL = person(Role.ASSESSOR, true);

  @Test
  void aLeadAssessorMayLeadAnEmptyTeam() {
    assertThat(new Team(List.of()).admit(LEAD, TeamRole.LEAD, false))
        .isEqualTo(new Team.Admission.Allowed());
  }

  @Test
  void nobodyJoinsTwiceEvenInAnotherPart() {
    Team team = new Team(List.of(new TeamMember(LEAD, TeamRole.LEAD)));
    assertThat(team.admit(LEAD, TeamRole.ASSESSOR, false))
        .isEqualTo(new Team.Admission.Refused("team.refused.already"));
  }

  @Test
  void aTeamHasOneLead() {
    Team team = new Team(List.of(new TeamMember(LEAD, TeamRole.LEAD)));
    assertThat(team.admit(person(Role.LEAD_ASSESSOR, false), TeamRole.LEAD, false))
        .isEqualTo(new Team.Admission.Refused("team.refused.leadTaken"));
    assertThatThrownBy(
            () ->
                new Team(
                    List.of(
                        new TeamMember(LEAD, TeamRole.LEAD),
                        new TeamMember(person(Role.LEAD_ASSESSOR, false), TeamRole.LEAD))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aConflictedPersonIsRefused() {
    assertThat(new Team(List.of()).admit(ASSESSOR, TeamRole.ASSESSOR, true))
        .isEqualTo(new Team.Admission.Refused("team.refused.conflict"));
  }

  @Test
  void eachPartNeedsTheRightKindOfAccount() {
    Team team = new Team(List.of());
    assertThat(team.admit(ASSESSOR, TeamRole.LEAD, false))
        .isEqualTo(new Team.Admission.Refused("team.refused.unsuited.lead"));
    assertThat(team.admit(ASSESSOR, TeamRole.EXTERNAL_REVIEWER, false))
        .isEqualTo(new Team.Admission.Refused("team.refused.unsuited.external_reviewer"));
    assertThat(team.admit(person(Role.ANALYST, false), TeamRole.ASSESSOR, false))
        .isEqualTo(new Team.Admission.Refused("team.refused.unsuited.assessor"));
    assertThat(team.admit(EXTERNAL, TeamRole.EXTERNAL_REVIEWER, false))
        .isEqualTo(new Team.Admission.Allowed());
    assertThat(team.admit(LEAD, TeamRole.ASSESSOR, false)).isEqualTo(new Team.Admission.Allowed());
  }

  @Test
  void aTeamCannotBeBuiltWithSomeoneTwice() {
    assertThatThrownBy(
            () ->
                new Team(
                    List.of(
                        new TeamMember(ASSESSOR, TeamRole.ASSESSOR),
                        new TeamMember(ASSESSOR, TeamRole.EXTERNAL_REVIEWER))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void councilUsersAreNotStaff() {
    assertThatThrownBy(() -> person(Role.COUNCIL, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Person person(Role role, boolean external) {
    UUID id = UUID.randomUUID();
    return new Person(id, id + "@example.org", role, external);
  }
}
