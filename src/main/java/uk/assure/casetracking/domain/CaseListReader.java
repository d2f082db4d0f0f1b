package uk.assure.casetracking.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the rows of a council's case list against the template, collecting every problem by row
 * and column; the list is only taken when there are none.
 */
public final class CaseListReader {

  /** The template's columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "case_reference",
          "age_band",
          "primary_support_reason",
          "setting",
          "carer",
          "transition_from_childrens_services",
          "safeguarding_enquiry",
          "hospital_discharge");

  public static final int MAX_ROWS = 100_000;
  public static final int MAX_PROBLEMS = 200;

  /** A problem with a cell: the line in the file (the header is line 1), column, value, reason. */
  public record Problem(long line, String column, String value, String reasonKey) {}

  /** The rows read, and the problems found; rows are usable only when there are no problems. */
  public record Result(List<CaseRecord> cases, List<Problem> problems, boolean tooManyProblems) {
    public boolean clean() {
      return problems.isEmpty();
    }
  }

  private CaseListReader() {}

  /**
   * Reads rows given as column name to cell text, numbered by their line in the file.
   *
   * @param rows each row's cells by column name, with its line number
   */
  public static Result read(List<Map.Entry<Long, Map<String, String>>> rows) {
    List<CaseRecord> cases = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    if (rows.isEmpty()) {
      problems.add(new Problem(1, "", "", "cases.problem.noRows"));
    }
    if (rows.size() > MAX_ROWS) {
      problems.add(new Problem(1, "", String.valueOf(rows.size()), "cases.problem.tooManyRows"));
      return new Result(List.of(), problems, false);
    }
    for (Map.Entry<Long, Map<String, String>> row : rows) {
      long line = row.getKey();
      Map<String, String> cells = row.getValue();
      List<Problem> found = new ArrayList<>();
      String reference = cell(cells, "case_reference");
      if (!CaseRecord.isReference(reference)) {
        found.add(new Problem(line, "case_reference", reference, "cases.problem.reference"));
      } else if (!seen.add(reference)) {
        found.add(new Problem(line, "case_reference", reference, "cases.problem.duplicate"));
      }
      Optional<Cohort.AgeBand> age =
          value(cells, "age_band", line, found, t -> Cohort.read(Cohort.AgeBand.class, t));
      Optional<Cohort.SupportReason> reason =
          value(
              cells,
              "primary_support_reason",
              line,
              found,
              t -> Cohort.read(Cohort.SupportReason.class, t));
      Optional<Cohort.Setting> setting =
          value(cells, "setting", line, found, t -> Cohort.read(Cohort.Setting.class, t));
      Optional<Boolean> carer = value(cells, "carer", line, found, Cohort::yesNo);
      Optional<Boolean> transition =
          value(cells, "transition_from_childrens_services", line, found, Cohort::yesNo);
      Optional<Boolean> safeguarding =
          value(cells, "safeguarding_enquiry", line, found, Cohort::yesNo);
      Optional<Boolean> discharge = value(cells, "hospital_discharge", line, found, Cohort::yesNo);
      if (found.isEmpty()) {
        cases.add(
            new CaseRecord(
                reference,
                age.get(),
                reason.get(),
                setting.get(),
                carer.get(),
                transition.get(),
                safeguarding.get(),
                discharge.get()));
      }
      for (Problem problem : found) {
        if (problems.size() < MAX_PROBLEMS) {
          problems.add(problem);
        } else {
          return new Result(List.of(), problems, true);
        }
      }
    }
    return new Result(problems.isEmpty() ? cases : List.of(), problems, false);
  }

  private static <T> Optional<T> value(
      Map<String, String> cells,
      String column,
      long line,
      List<Problem> found,
      Function<String, Optional<T>> reader) {
    String text = cell(cells, column);
    Optional<T> value = reader.apply(text);
    if (value.isEmpty()) {
      found.add(
          new Problem(
              line,
              column,
              text,
              text.isEmpty() ? "cases.problem.missing" : "cases.problem." + column));
    }
    return value;
  }

  private static String cell(Map<String, String> cells, String column) {
    String text = cells.get(column);
    return text == null ? "" : text.strip();
  }
}
