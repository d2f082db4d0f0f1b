package uk.assure.journey;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import uk.assure.journey.domain.Deadlines;
import uk.assure.journey.domain.WorkingDays;

/**
 * England and Wales bank holidays, held as data in {@code
 * journey/bank-holidays-england-and-wales.csv} (from the government's published list). The calendar
 * covers the years from the first to the last in the file; add a year's rows when it is announced.
 */
@Configuration
public class BankHolidays {

  static final String FILE = "journey/bank-holidays-england-and-wales.csv";

  @Bean
  Deadlines deadlines() {
    return new Deadlines(read());
  }

  /** The bank holidays held by Assure, for callers outside Spring such as the plan command. */
  public static WorkingDays read() {
    List<LocalDate> days = new ArrayList<>();
    try (Reader reader =
        new InputStreamReader(
            new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        days.add(LocalDate.parse(row.get("date")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the bank holidays in " + FILE, e);
    }
    IntSummaryStatistics years = days.stream().mapToInt(LocalDate::getYear).summaryStatistics();
    return new WorkingDays(days, years.getMin(), years.getMax());
  }
}
