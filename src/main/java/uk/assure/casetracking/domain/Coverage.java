package uk.assure.casetracking.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How well a sample covers the cohorts on a council's case list, told honestly: for each cohort,
 * how many people the list has and how many of them each stage of the sample reached, and how far a
 * proportion seen in so few cases can be from the truth.
 */
public record Coverage(
    int listSize, int listedSize, int followedSize, List<Row> rows, int followedMarginPoints) {

  /** One cohort: its kind (age band, support reason, ...), its value, and its counts. */
  public record Row(String kind, String valueCode, int onList, int listed, int followed) {

    /** The cohort's share of the whole case list, in whole percent. */
    public int sharePercent(int listSize) {
      return listSize == 0 ? 0 : Math.round(100f * onList / listSize);
    }
  }

  public Coverage {
    rows = List.copyOf(rows);
  }

  public static Coverage of(
      Collection<CaseRecord> cases, Collection<String> listed, Collection<String> followed) {
    Set<String> inList = new HashSet<>(listed);
    Set<String> inFollowed = new HashSet<>(followed);
    List<Row> rows = new ArrayList<>();
    for (Cohort.AgeBand band : Cohort.AgeBand.values()) {
      rows.add(row("age_band", band.code(), cases, c -> c.ageBand() == band, inList, inFollowed));
    }
    for (Cohort.SupportReason reason : Cohort.SupportReason.values()) {
      rows.add(
          row(
              "support_reason",
              reason.code(),
              cases,
              c -> c.supportReason() == reason,
              inList,
              inFollowed));
    }
    for (Cohort.Setting setting : Cohort.Setting.values()) {
      rows.add(
          row("setting", setting.code(), cases, c -> c.setting() == setting, inList, inFollowed));
    }
    rows.add(row("flag", "carer", cases, CaseRecord::carer, inList, inFollowed));
    rows.add(row("flag", "transition", cases, CaseRecord::transition, inList, inFollowed));
    rows.add(row("flag", "safeguarding", cases, CaseRecord::safeguarding, inList, inFollowed));
    rows.add(
        row(
            "flag",
            "hospital_discharge",
            cases,
            CaseRecord::hospitalDischarge,
            inList,
            inFollowed));
    return new Coverage(
        cases.size(), inList.size(), inFollowed.size(), rows, marginPoints(inFollowed.size()));
  }

  /**
   * The widest 95% margin of error, in percentage points, of a proportion estimated from {@code n}
   * cases drawn at random (1.96 × √(0.25 / n), at its widest when the proportion is a half).
   */
  public static int marginPoints(int n) {
    return n == 0 ? 100 : (int) Math.round(100 * 1.96 * Math.sqrt(0.25 / n));
  }

  /** Cohorts on the list that no followed case belongs to. */
  public List<Row> missedByFollowed() {
    return rows.stream().filter(r -> r.onList() > 0 && r.followed() == 0).toList();
  }

  private static Row row(
      String kind,
      String code,
      Collection<CaseRecord> cases,
      Predicate<CaseRecord> in,
      Set<String> listed,
      Set<String> followed) {
    int onList = 0;
    int l = 0;
    int f = 0;
    for (CaseRecord c : cases) {
      if (in.test(c)) {
        onList++;
        if (listed.contains(c.reference())) {
          l++;
        }
        if (followed.contains(c.reference())) {
          f++;
        }
      }
    }
    return new Row(kind, code, onList, l, f);
  }
}
