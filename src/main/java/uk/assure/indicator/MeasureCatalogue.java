package uk.assure.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import uk.assure.framework.domain.StatementCode;
import uk.assure.shared.yaml.LocatedYaml;
import uk.assure.shared.yaml.YamlFields;

/**
 * The measures catalogue, read from {@code indicators/measures.yaml}. ASCOF codes were renumbered
 * from 2023-24, so a code is looked up in the set that applies to the period.
 */
@Component
public class MeasureCatalogue {

  static final String FILE = "/indicators/measures.yaml";
  private static final String NEW_ASCOF_FROM = "2023-24";
  private static final List<String> SET_FIELDS =
      List.of("code", "name", "firstPeriod", "lastPeriod", "measures");
  private static final List<String> MEASURE_FIELDS =
      List.of("code", "name", "unit", "direction", "statements", "caveats");
  private static final List<String> DIRECTIONS = List.of("higher", "lower", "neither");

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

  private static List<Measure> read() {
    try (InputStream in = MeasureCatalogue.class.getResourceAsStream(FILE)) {
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), "classpath:" + FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a catalogue, refusing it with every problem and its line when any measure is incomplete,
   * names a statement that is not a statement code, or has an unknown direction.
   */
  static List<Measure> read(Reader text, String source) {
    LocatedYaml yaml = new LocatedYaml();
    List<Measure> all = new ArrayList<>();
    MappingNode root = yaml.root(text, List.of("sets"));
    SequenceNode sets = root == null ? null : yaml.top(root, List.of("sets")).list("sets");
    int setIndex = 0;
    for (Node setNode : sets == null ? List.<Node>of() : sets.getValue()) {
      setIndex++;
      String setWhere = "set " + setIndex + LocatedYaml.label(setNode, "code");
      YamlFields set = yaml.fields(setNode, setWhere, SET_FIELDS);
      if (set == null) {
        continue;
      }
      String setCode = set.text("code");
      SequenceNode measures = set.list("measures");
      int index = 0;
      for (Node item : measures == null ? List.<Node>of() : measures.getValue()) {
        index++;
        String where = setWhere + ": measure " + index + LocatedYaml.label(item, "code");
        YamlFields m = yaml.fields(item, where, MEASURE_FIELDS);
        if (m == null) {
          continue;
        }
        String code = m.text("code");
        String name = m.text("name");
        String unit = m.text("unit");
        String direction = m.text("direction");
        List<String> statements = m.texts("statements", false);
        String caveats = m.node("caveats") == null ? null : m.text("caveats");
        if (direction != null && !DIRECTIONS.contains(direction)) {
          m.problem("direction", "'direction' must be higher, lower or neither, not " + direction);
          direction = null;
        }
        if (statements != null && !statements.stream().allMatch(StatementCode::isValid)) {
          m.problem("statements", "each of 'statements' must be a statement code, like QS1");
          statements = null;
        }
        if (setCode != null
            && code != null
            && name != null
            && unit != null
            && direction != null
            && statements != null) {
          all.add(new Measure(setCode, code, name, unit, direction, statements, caveats));
        }
      }
    }
    if (yaml.hasProblems()) {
      throw new IllegalStateException(
          "The measures catalogue "
              + source
              + " cannot be used:"
              + yaml.problems().stream()
                  .map(problem -> System.lineSeparator() + "  - " + problem)
                  .reduce("", String::concat));
    }
    return List.copyOf(all);
  }
}
