package uk.assure.team.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.assure.journey.domain.JourneyState;
import uk.assure.journey.domain.Stage;

/**
 * The dates an assessment's team is working to at its stage: the information return's due date
 * while it is open, the site visit until the visit has happened, and the factual accuracy check's
 * due date while the council checks the draft. A date before today that is still ahead of the stage
 * is overdue.
 */
public record DueDates(List<Due> dates, LocalDate today) {

  /** What falls due. */
  public enum Kind {
    INFORMATION_RETURN("information_return"),
    SITE_VISIT("site_visit"),
    FACTUAL_ACCURACY("factual_accuracy");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** One date the team is working to. */
  public record Due(Kind kind, LocalDate on) {
    public Due {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(on, "on");
    }
  }

  public DueDates {
    dates = dates.stream().sorted(Comparator.comparing(Due::on)).toList();
    Objects.requireNonNull(today, "today");
  }

  /** The dates that matter at the assessment's stage, as they stand on {@code today}. */
  public static DueDates of(JourneyState state, LocalDate today) {
    List<Due> dates = new ArrayList<>();
    Stage stage = state.stage();
    if (stage == Stage.INFORMATION_RETURN) {
      state.informationReturnDue().ifPresent(d -> dates.add(new Due(Kind.INFORMATION_RETURN, d)));
    }
    if (stage.isBefore(Stage.ON_SITE)) {
      state.siteVisitOn().ifPresent(d -> dates.add(new Due(Kind.SITE_VISIT, d)));
    }
    if (stage == Stage.FACTUAL_ACCURACY) {
      state
          .factualAccuracyDue()
          .ifPresent(d -> dates.add(new Due(Kind.FACTUAL_ACCURACY, d.date())));
    }
    return new DueDates(dates, today);
  }

  /** The soonest date still to come (today included). */
  public Optional<Due> next() {
    return dates.stream().filter(d -> !d.on().isBefore(today)).findFirst();
  }

  /** The dates that have passed with the work still ahead of the assessment. */
  public List<Due> overdue() {
    return dates.stream().filter(d -> d.on().isBefore(today)).toList();
  }
}
