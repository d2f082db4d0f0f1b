package uk.assure.opendata;

import java.util.Objects;

/**
 * One field of the open data, described for people reusing it.
 *
 * @param name the column name in CSV and XLSX and the property name in JSON
 * @param type the kind of value, as the schema names it (text, integer, date, boolean)
 * @param meaning what the field holds, in plain English
 */
public record OpenDataField(String name, String type, String meaning) {

  public OpenDataField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(meaning, "meaning");
  }
}
