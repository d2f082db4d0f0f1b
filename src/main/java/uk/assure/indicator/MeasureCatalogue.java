package uk.assure.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The measures catalogue, read from {@code indicators/measures.yaml}. ASCOF codes were renumbered
 * from 2023-24, so a code is looked up in the set that applies to the period.
 */
@Component
public class MeasureCatalogue {

  static final String FILE = "/indicators/measures.yaml";
  private static final String NEW_ASCOF_FROM = "2023-24";

  private final List<Measure> measures;

  public MeasureCatalogue() {
    this.measures = read();
  }

  public List<Measure> all() {
    return measures;
  }

  /** The ASCOF measure a code names in a period such as 2022-23. */
  public Optional<Measure> ascof(String code, String period) {
    String set = period.compareTo(NEW_ASCOF_FROM) >= 0 ? "ascof-2023" : "ascof-2014";
    return find(set, code);
  }

  public Optional<Measure> find(String set, String code) {
    return measures.stream().filter(m -> m.set().equals(set) && m.code().equals(code)).findFirst();
  }

  /** Any measure with this code, preferring the set that applies to the period. */
  public Optional<Measure> forValue(String source, String code, String period) {
    if ("ascof".equals(source)) {
      return ascof(code, period);
    }
    return measures.stream().filter(m -> m.code().equals(code)).findFirst();
  }

  @SuppressWarnings("unchecked")
  private static List<Measure> read() {
    try (InputStream in = MeasureCatalogue.class.getResourceAsStream(FILE)) {
      Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      List<Measure> all = new ArrayList<>();
      for (Map<String, Object> set : (List<Map<String, Object>>) root.get("sets")) {
        for (Map<String, Object> m : (List<Map<String, Object>>) set.get("measures")) {
          all.add(
              new Measure(
                  (String) set.get("code"),
                  String.valueOf(m.get("code")),
                  (String) m.get("name"),
                  (String) m.get("unit"),
                  (String) m.get("direction"),
                  (List<String>) m.get("statements"),
                  (String) m.get("caveats")));
        }
      }
      return List.copyOf(all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
