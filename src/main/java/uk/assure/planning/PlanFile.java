package uk.assure.planning;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import uk.assure.council.domain.GssCode;
import uk.assure.planning.domain.PlanRow;
import uk.assure.shared.csv.CsvInput;
import uk.assure.shared.csv.SpreadsheetText;

/**
 * A programme plan as a CSV file, one row per council: {@code
 * gss,council,notice_date,visit_start,visit_end,lead,assessors,reviewers,relationship_owner,engagement_meetings}
 * with people by email and lists separated by {@code ;}.
 */
public final class PlanFile {

  static final String[] HEADER = {
    "gss",
    "council",
    "notice_date",
    "visit_start",
    "visit_end",
    "lead",
    "assessors",
    "reviewers",
    "relationship_owner",
    "engagement_meetings"
  };

  private PlanFile() {}

  public static void write(List<PlanRow> rows, Path file) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv =
            new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
      for (PlanRow row : rows) {
        csv.printRecord(
            row.gss().value(),
            SpreadsheetText.csvCell(row.council()),
            row.noticeDate(),
            row.visitStart(),
            row.visitEnd(),
            row.lead(),
            String.join(";", row.assessors()),
            String.join(";", row.reviewers()),
            row.relationshipOwner(),
            String.join(";", row.engagementMeetings().stream().map(LocalDate::toString).toList()));
      }
    }
  }

  /** Reads a plan written by {@link #write}; a malformed file is an error, not a plan. */
  public static List<PlanRow> read(Path file) throws IOException {
    List<PlanRow> rows = new ArrayList<>();
    try (CsvInput csv = CsvInput.open(file, 0)) {
      for (CSVRecord record : csv.records()) {
        rows.add(
            new PlanRow(
                new GssCode(record.get("gss")),
                record.get("council"),
                LocalDate.parse(record.get("notice_date")),
                LocalDate.parse(record.get("visit_start")),
                LocalDate.parse(record.get("visit_end")),
                record.get("lead"),
                list(record.get("assessors")),
                list(record.get("reviewers")),
                record.get("relationship_owner"),
                list(record.get("engagement_meetings")).stream().map(LocalDate::parse).toList()));
      }
    }
    return rows;
  }

  private static List<String> list(String cell) {
    return cell.isBlank() ? List.of() : List.of(cell.split(";"));
  }
}
