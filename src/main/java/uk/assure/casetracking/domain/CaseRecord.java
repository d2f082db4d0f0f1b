package uk.assure.casetracking.domain;

import java.util.Objects;

/**
 * One person on a council's case list, known only by a pseudonymous reference.
 *
 * @param reference the council's pseudonymous case reference, never a name
 */
public record CaseRecord(
    String reference,
    Cohort.AgeBand ageBand,
    Cohort.SupportReason supportReason,
    Cohort.Setting setting,
    boolean carer,
    boolean transition,
    boolean safeguarding,
    boolean hospitalDischarge) {

  public CaseRecord {
    Objects.requireNonNull(ageBand, "ageBand");
    Objects.requireNonNull(supportReason, "supportReason");
    Objects.requireNonNull(setting, "setting");
    if (!isReference(reference)) {
      throw new IllegalArgumentException("Not a pseudonymous case reference: " + reference);
    }
  }

  /**
   * Whether text can be a pseudonymous case reference: 1 to 40 letters, digits, hyphens, slashes or
   * underscores with at least one digit, so a person's name is never taken for one.
   */
  public static boolean isReference(String text) {
    return text != null && text.matches("[A-Za-z0-9/_-]{1,40}") && text.matches(".*[0-9].*");
  }

  /**
   * The stratum the case is sampled in: its primary support reason and whether the person is of
   * working age or older.
   */
  public String stratum() {
    return supportReason.code() + (ageBand.workingAge() ? "/18-64" : "/65+");
  }
}
