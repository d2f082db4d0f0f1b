package uk.assure.planning;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.planning.domain.DateRange;
import uk.assure.planning.domain.Person;
import uk.assure.planning.domain.PersonKind;
import uk.assure.planning.domain.Skill;
import uk.assure.shared.csv.CsvInput;
import uk.assure.shared.csv.RowProblem;

/**
 * The programme's roster as a CSV file: {@code
 * email,name,kind,can_lead,skills,region,away,conflicts}. All or nothing: every problem is reported
 * by row and column, and a file with any problem gives no people.
 */
public final class TeamFile {

  static final List<String> COLUMNS =
      List.of("email", "name", "kind", "can_lead", "skills", "region", "away", "conflicts");

  private TeamFile() {}

  /** The people, or the problems that keep the file from being read. */
  public record Result(List<Person> people, List<RowProblem> problems) {}

  public static Result read(Path file, List<Council> registry) throws IOException {
    Set<String> regions = new HashSet<>();
    Set<GssCode> councils = new HashSet<>();
    registry.forEach(
        council -> {
          regions.add(council.region());
          councils.add(council.gss());
        });
    List<Person> people = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    try (CsvInput csv = CsvInput.open(file, 0)) {
      Map<String, Integer> columns = new HashMap<>();
      for (String name : COLUMNS) {
        Optional<Integer> index = csv.column(name);
        if (index.isPresent()) {
          columns.put(name, index.get());
        } else {
          problems.add(
              new RowProblem(1, name, "", PlanningMessages.text("planning.file.missing-column")));
        }
      }
      if (!problems.isEmpty()) {
        return new Result(List.of(), problems);
      }
      Map<String, Long> seen = new HashMap<>();
      for (CSVRecord record : csv.records()) {
        long row = record.getRecordNumber() + 1;
        Row fields = new Row(record, columns, row, problems);
        fields.person(regions, councils, seen).ifPresent(people::add);
      }
    }
    return problems.isEmpty() ? new Result(people, List.of()) : new Result(List.of(), problems);
  }

  private record Row(
      CSVRecord record, Map<String, Integer> columns, long row, List<RowProblem> problems) {

    String get(String column) {
      int index = columns.get(column);
      return index < record.size() ? record.get(index).strip() : "";
    }

    void problem(String column, String value, String key, Object... arguments) {
      problems.add(new RowProblem(row, column, value, PlanningMessages.text(key, arguments)));
    }

    Optional<Person> person(Set<String> regions, Set<GssCode> councils, Map<String, Long> seen) {
      int before = problems.size();
      String email = get("email").toLowerCase(Locale.ROOT);
      if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        problem("email", email, "planning.file.email");
      } else if (seen.containsKey(email)) {
        problem("email", email, "planning.file.listed-twice", seen.get(email));
      } else {
        seen.put(email, row);
      }
      String name = get("name");
      if (name.isBlank()) {
        problem("name", name, "planning.file.name");
      }
      Optional<PersonKind> kind = PersonKind.fromCode(get("kind").toLowerCase(Locale.ROOT));
      if (kind.isEmpty()) {
        problem("kind", get("kind"), "planning.file.kind");
      }
      String canLead = get("can_lead").toLowerCase(Locale.ROOT);
      boolean lead = canLead.equals("yes");
      if (!lead && !canLead.equals("no")) {
        problem("can_lead", get("can_lead"), "planning.file.can-lead");
      } else if (lead && kind.isPresent() && kind.get() != PersonKind.INTERNAL) {
        problem("can_lead", get("can_lead"), "planning.file.external-lead");
      }
      Set<Skill> skills = new LinkedHashSet<>();
      for (String code : list(get("skills"))) {
        Skill.fromCode(code.toLowerCase(Locale.ROOT))
            .ifPresentOrElse(skills::add, () -> problem("skills", code, "planning.file.skill"));
      }
      String region = get("region");
      if (!regions.contains(region)) {
        problem("region", region, "planning.file.region");
      }
      List<DateRange> away = new ArrayList<>();
      for (String range : list(get("away"))) {
        DateRange.parse(range)
            .ifPresentOrElse(away::add, () -> problem("away", range, "planning.file.range"));
      }
      Set<GssCode> conflicts = new LinkedHashSet<>();
      for (String code : list(get("conflicts"))) {
        Optional<GssCode> gss = GssCode.parse(code).filter(councils::contains);
        gss.ifPresentOrElse(conflicts::add, () -> problem("conflicts", code, "planning.file.gss"));
      }
      if (problems.size() > before) {
        return Optional.empty();
      }
      return Optional.of(
          new Person(email, name, kind.get(), lead, skills, region, away, conflicts));
    }

    static List<String> list(String cell) {
      List<String> items = new ArrayList<>();
      for (String item : cell.split(";")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
      return items;
    }
  }
}
