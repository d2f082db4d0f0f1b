package uk.assure.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data as JSON: an object with the title, the notes, the fields with their types and
 * meanings, whether any row is demonstration data, and the rows under {@code ratings}, each with
 * the same property names as the CSV's columns. Dates are ISO 8601 text; a statement not assessed
 * is null.
 */
public final class RatingsJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RatingsJson() {}

  public static byte[] write(OpenDataset dataset) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("title", dataset.title());
    document.put("containsDemonstrationData", dataset.containsDemonstrationData());
    document.put("notes", dataset.notes());
    List<Map<String, Object>> fields = new ArrayList<>();
    for (OpenDataField field : dataset.fields()) {
      Map<String, Object> described = new LinkedHashMap<>();
      described.put("name", field.name());
      described.put("type", field.type());
      described.put("meaning", field.meaning());
      fields.add(described);
    }
    document.put("fields", fields);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (OpenDataRow row : dataset.rows()) {
      rows.add(row(dataset, row));
    }
    document.put("ratings", rows);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
  }

  private static Map<String, Object> row(OpenDataset dataset, OpenDataRow row) {
    List<String> names = dataset.header();
    List<Object> cells = row.cells();
    Map<String, Object> values = new LinkedHashMap<>();
    for (int column = 0; column < cells.size(); column++) {
      Object cell = cells.get(column);
      values.put(names.get(column), cell instanceof LocalDate date ? date.toString() : cell);
    }
    return values;
  }
}
