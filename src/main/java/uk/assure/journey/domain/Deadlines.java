package uk.assure.journey.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The time limits of an assessment, as councils were told them: the information return is due three
 * weeks after it is issued; the on-site visit is given at least six weeks ahead (eight is the
 * expectation, so less gives a warning); the council has ten working days from the draft report to
 * check it for factual accuracy.
 */
public final class Deadlines {

  public static final int INFORMATION_RETURN_WEEKS = 3;
  public static final int SITE_VISIT_MINIMUM_WEEKS = 6;
  public static final int SITE_VISIT_EXPECTED_WEEKS = 8;
  public static final int FACTUAL_ACCURACY_WORKING_DAYS = 10;

  private final WorkingDays workingDays;

  public Deadlines(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  public LocalDate informationReturnDue(LocalDate issuedOn) {
    return issuedOn.plusWeeks(INFORMATION_RETURN_WEEKS);
  }

  public WorkingDays.CountedDate factualAccuracyDue(LocalDate draftSentOn) {
    return workingDays.after(draftSentOn, FACTUAL_ACCURACY_WORKING_DAYS);
  }

  /** How much notice a site visit date gives when it is set on {@code today}. */
  public Notice siteVisitNotice(LocalDate today, LocalDate visitOn) {
    long days = ChronoUnit.DAYS.between(today, visitOn);
    LocalDate earliest = today.plusWeeks(SITE_VISIT_MINIMUM_WEEKS);
    if (days < SITE_VISIT_MINIMUM_WEEKS * 7L) {
      return new Notice(NoticeLevel.TOO_SHORT, days, earliest);
    }
    if (days < SITE_VISIT_EXPECTED_WEEKS * 7L) {
      return new Notice(NoticeLevel.SHORT, days, earliest);
    }
    return new Notice(NoticeLevel.ENOUGH, days, earliest);
  }

  public WorkingDays workingDays() {
    return workingDays;
  }

  /** Whether a site visit date gives enough notice. */
  public enum NoticeLevel {
    /** Under six weeks: refused. */
    TOO_SHORT,
    /** Six weeks or more but under eight: allowed, with a warning. */
    SHORT,
    ENOUGH
  }

  /**
   * @param days calendar days between setting the date and the visit
   * @param earliest the first date that would give the minimum notice
   */
  public record Notice(NoticeLevel level, long days, LocalDate earliest) {}
}
