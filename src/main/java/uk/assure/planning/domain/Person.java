package uk.assure.planning.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.assure.council.domain.GssCode;

/**
 * Someone on the programme's roster.
 *
 * @param email who they are, everywhere in the plan
 * @param kind internal staff or an external specialist reviewer
 * @param canLead whether they may lead an assessment (only internal staff may)
 * @param region their home region, as the council registry names regions
 * @param away periods when they cannot be on a site visit
 * @param conflicts councils they have declared a conflict of interest with
 */
public record Person(
    String email,
    String name,
    PersonKind kind,
    boolean canLead,
    Set<Skill> skills,
    String region,
    List<DateRange> away,
    Set<GssCode> conflicts) {

  public Person {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(region, "region");
    if (email.isBlank()) {
      throw new IllegalArgumentException("A person needs an email address");
    }
    if (canLead && kind != PersonKind.INTERNAL) {
      throw new IllegalArgumentException("Only internal staff can lead an assessment");
    }
    skills = Set.copyOf(skills);
    away = List.copyOf(away);
    conflicts = Set.copyOf(conflicts);
  }

  public boolean isInternal() {
    return kind == PersonKind.INTERNAL;
  }

  public boolean has(Skill skill) {
    return skills.contains(skill);
  }

  public boolean isConflictedWith(GssCode council) {
    return conflicts.contains(council);
  }

  /** Whether any day from {@code first} to {@code last} falls in a period away. */
  public boolean isAwayDuring(LocalDate first, LocalDate last) {
    return away.stream().anyMatch(range -> range.overlaps(first, last));
  }

  @Override
  public String toString() {
    return email;
  }
}
