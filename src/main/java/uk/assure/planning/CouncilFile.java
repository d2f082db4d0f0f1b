package uk.assure.planning;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.CouncilType;
import uk.assure.council.domain.GssCode;

/**
 * The council registry read straight from the file Assure ships (the same file the database's
 * registry is loaded from), so that planning needs no database.
 */
public final class CouncilFile {

  static final String REGISTRY = "data/councils/councils-with-adult-social-care.csv";

  private CouncilFile() {}

  /** Every council with adult social care duties, in the file's order. */
  public static List<Council> councils() {
    List<Council> councils = new ArrayList<>();
    try (Reader reader =
        new InputStreamReader(
            new ClassPathResource(REGISTRY).getInputStream(), StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        String population = row.get("pop-2020");
        councils.add(
            new Council(
                new GssCode(row.get("gss-code")),
                row.get("nice-name"),
                row.get("official-name"),
                row.get("region"),
                CouncilType.fromCode(row.get("local-authority-type")),
                population.isBlank() ? null : new BigDecimal(population).intValueExact(),
                List.of()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the council registry " + REGISTRY, e);
    }
    return councils;
  }
}
