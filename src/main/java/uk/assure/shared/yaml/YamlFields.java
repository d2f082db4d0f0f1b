package uk.assure.shared.yaml;

import static uk.assure.shared.yaml.LocatedYaml.isNull;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The fields of one entry of a YAML file, read with a problem recorded for each unknown, repeated,
 * missing or wrongly written one. Each reading method returns null when the field has a problem, so
 * a caller builds its value only from fields that were all read.
 */
public final class YamlFields {

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Set<String> TRUE = Set.of("true", "yes", "on");
  private static final Set<String> FALSE = Set.of("false", "no", "off");

  private final LocatedYaml yaml;
  private final MappingNode mapping;
  private final String where;
  private final Map<String, Node> values = new LinkedHashMap<>();

  YamlFields(LocatedYaml yaml, MappingNode mapping, String where, List<String> allowed) {
    this.yaml = yaml;
    this.mapping = mapping;
    this.where = where;
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      String name = key instanceof ScalarNode scalar ? scalar.getValue() : null;
      if (name == null || !allowed.contains(name)) {
        yaml.problem(
            key,
            where,
            "unknown field '"
                + (name == null ? "?" : name)
                + "'; the fields here are "
                + String.join(", ", allowed));
      } else if (values.containsKey(name)) {
        yaml.problem(key, where, "'" + name + "' is given twice");
      } else {
        values.put(name, tuple.getValueNode());
      }
    }
  }

  /** The entry as a whole, for problems about it rather than one of its fields. */
  public MappingNode entry() {
    return mapping;
  }

  /** How messages name the entry. */
  public String where() {
    return where;
  }

  /** The field's node, or null when it is absent. */
  public Node node(String name) {
    return values.get(name);
  }

  /** Records a problem at a field of this entry (at the entry when the field is absent). */
  public void problem(String name, String message) {
    Node node = values.get(name);
    yaml.problem(node == null ? mapping : node, where, message);
  }

  /** The field's value node, or null (with a problem when required) if absent or empty. */
  private Node present(String name, boolean required) {
    Node node = values.get(name);
    if (node == null || isNull(node)) {
      if (required && where.isEmpty()) {
        yaml.problem(node, where, "the file has no '" + name + "'");
      } else if (required) {
        yaml.problem(node == null ? mapping : node, where, "'" + name + "' is missing");
      }
      return null;
    }
    return node;
  }

  /** Required text that is not blank. */
  public String text(String name) {
    Node node = present(name, true);
    if (node == null) {
      return null;
    }
    if (!(node instanceof ScalarNode scalar)) {
      yaml.problem(node, where, "'" + name + "' must be text");
      return null;
    }
    if (scalar.getValue().isBlank()) {
      yaml.problem(node, where, "'" + name + "' is empty");
      return null;
    }
    return scalar.getValue();
  }

  /** A required whole number. */
  public Integer whole(String name) {
    Node node = present(name, true);
    if (node == null) {
      return null;
    }
    try {
      if (node instanceof ScalarNode scalar) {
        return Integer.valueOf(scalar.getValue().strip());
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    yaml.problem(node, where, "'" + name + "' must be a whole number");
    return null;
  }

  /** A required true or false (YAML's yes/no and on/off too). */
  public Boolean flag(String name) {
    Node node = present(name, true);
    if (node == null) {
      return null;
    }
    String value =
        node instanceof ScalarNode scalar ? scalar.getValue().strip().toLowerCase(Locale.ROOT) : "";
    if (TRUE.contains(value)) {
      return true;
    }
    if (FALSE.contains(value)) {
      return false;
    }
    yaml.problem(node, where, "'" + name + "' must be true or false");
    return null;
  }

  /** A month written as YYYY-MM; when not required, absent or empty means none. */
  public YearMonth month(String name, boolean required) {
    Node node = present(name, required);
    if (node == null) {
      return null;
    }
    String value = node instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
    if (MONTH.matcher(value).matches()) {
      try {
        return YearMonth.parse(value);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    yaml.problem(node, where, "'" + name + "' must be a month written as YYYY-MM, like 2024-12");
    return null;
  }

  /**
   * A list of texts. Absent is an empty list when not required; when required the list must have at
   * least one entry. Null means the field has a problem.
   */
  public List<String> texts(String name, boolean required) {
    Node node = present(name, required);
    if (node == null) {
      return required ? null : List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      yaml.problem(node, where, "'" + name + "' must be a list, one entry per line starting '- '");
      return null;
    }
    List<String> texts = new ArrayList<>();
    boolean valid = true;
    for (Node item : sequence.getValue()) {
      if (item instanceof ScalarNode scalar && !isNull(item) && !scalar.getValue().isBlank()) {
        texts.add(scalar.getValue());
      } else {
        yaml.problem(item, where, "each entry of '" + name + "' must be some text");
        valid = false;
      }
    }
    if (valid && required && texts.isEmpty()) {
      yaml.problem(node, where, "'" + name + "' needs at least one entry");
      return null;
    }
    return valid ? texts : null;
  }

  /** A required list of entries, with at least one. */
  public SequenceNode list(String name) {
    Node node = present(name, true);
    if (node == null) {
      return null;
    }
    if (!(node instanceof SequenceNode sequence)) {
      yaml.problem(node, where, "'" + name + "' must be a list of entries, each starting '- '");
      return null;
    }
    if (sequence.getValue().isEmpty()) {
      yaml.problem(node, where, "'" + name + "' is empty");
      return null;
    }
    return sequence;
  }

  /** A required set of fields, such as a map from scores to their meanings. */
  public MappingNode map(String name) {
    Node node = present(name, true);
    if (node == null) {
      return null;
    }
    if (!(node instanceof MappingNode map)) {
      yaml.problem(node, where, "'" + name + "' must be a set of fields");
      return null;
    }
    return map;
  }
}
