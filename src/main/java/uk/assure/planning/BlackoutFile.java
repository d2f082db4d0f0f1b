package uk.assure.planning;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.planning.domain.Blackout;
import uk.assure.planning.domain.DateRange;
import uk.assure.shared.csv.CsvInput;
import uk.assure.shared.csv.RowProblem;

/**
 * Blackout periods as a CSV file, {@code gss,from,to}: a blank GSS code means every council. All or
 * nothing, with every problem by row and column.
 */
public final class BlackoutFile {

  private BlackoutFile() {}

  public record Result(List<Blackout> blackouts, List<RowProblem> problems) {}

  public static Result read(Path file, List<Council> registry) throws IOException {
    Set<GssCode> councils = new HashSet<>();
    registry.forEach(council -> councils.add(council.gss()));
    List<Blackout> blackouts = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    try (CsvInput csv = CsvInput.open(file, 0)) {
      Optional<Integer> gssColumn = csv.column("gss");
      Optional<Integer> fromColumn = csv.column("from");
      Optional<Integer> toColumn = csv.column("to");
      for (var column : List.of("gss", "from", "to")) {
        if (csv.column(column).isEmpty()) {
          problems.add(
              new RowProblem(1, column, "", PlanningMessages.text("planning.file.missing-column")));
        }
      }
      if (!problems.isEmpty()) {
        return new Result(List.of(), problems);
      }
      for (CSVRecord record : csv.records()) {
        long row = record.getRecordNumber() + 1;
        String gssText = cell(record, gssColumn.get());
        String fromText = cell(record, fromColumn.get());
        String toText = cell(record, toColumn.get());
        int before = problems.size();
        Optional<GssCode> gss = Optional.empty();
        if (!gssText.isBlank()) {
          gss = GssCode.parse(gssText).filter(councils::contains);
          if (gss.isEmpty()) {
            problems.add(
                new RowProblem(row, "gss", gssText, PlanningMessages.text("planning.file.gss")));
          }
        }
        Optional<LocalDate> from = DateRange.date(fromText);
        Optional<LocalDate> to = DateRange.date(toText);
        if (from.isEmpty()) {
          problems.add(
              new RowProblem(row, "from", fromText, PlanningMessages.text("planning.file.date")));
        }
        if (to.isEmpty()) {
          problems.add(
              new RowProblem(row, "to", toText, PlanningMessages.text("planning.file.date")));
        } else if (from.isPresent() && to.get().isBefore(from.get())) {
          problems.add(
              new RowProblem(
                  row, "to", toText, PlanningMessages.text("planning.file.ends-before-start")));
        }
        if (problems.size() == before) {
          blackouts.add(new Blackout(gss, new DateRange(from.get(), to.get())));
        }
      }
    }
    return problems.isEmpty() ? new Result(blackouts, List.of()) : new Result(List.of(), problems);
  }

  private static String cell(CSVRecord record, int index) {
    return index < record.size() ? record.get(index).strip() : "";
  }
}
