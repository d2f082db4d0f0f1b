package uk.assure.shared.yaml;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML data file kept by people (the framework, the measures catalogue, the keyword
 * rules), collecting every problem instead of stopping at the first, each with its line and entry.
 * The YAML is read as a tree of nodes (not bound to classes) so that line numbers, duplicate fields
 * and misspelt field names can all be reported. One reader serves one file: create it, read the
 * file's entries through {@link #root} and {@link #fields}, then ask for {@link #problems}.
 */
public final class LocatedYaml {

  private final List<YamlProblem> problems = new ArrayList<>();

  /**
   * The file's top level, which must be a set of fields; null, with the problem recorded, when the
   * text is not YAML, is empty or is something else.
   *
   * @param topFields the fields the file may have, named in the messages
   */
  public MappingNode root(Reader text, List<String> topFields) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(text);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      problems.add(
          new YamlProblem(
              line,
              "",
              "this is not valid YAML: "
                  + e.getProblem()
                  + context
                  + "; check the"
                  + " indentation, colons and quotes around this line"));
      return null;
    } catch (YAMLException e) {
      problems.add(new YamlProblem(0, "", "this is not valid YAML: " + e.getMessage()));
      return null;
    }
    if (root == null) {
      problems.add(
          new YamlProblem(0, "", "the file is empty: it needs " + String.join(", ", topFields)));
      return null;
    }
    if (!(root instanceof MappingNode mapping)) {
      problem(root, "", "the file must be a set of fields: " + String.join(", ", topFields));
      return null;
    }
    return mapping;
  }

  /** The fields of the file's top level ({@code where} is empty, so messages speak of the file). */
  public YamlFields top(MappingNode root, List<String> allowed) {
    return new YamlFields(this, root, "", allowed);
  }

  /**
   * The fields of one entry, or null (with a problem) when the entry is not a set of fields.
   *
   * @param where names the entry in messages, for example "statement 4 (QS4)"
   * @param allowed the entry's fields, in the order messages list them
   */
  public YamlFields fields(Node node, String where, List<String> allowed) {
    if (node instanceof MappingNode mapping) {
      return new YamlFields(this, mapping, where, allowed);
    }
    problem(node, where, "this entry must be a set of fields: " + String.join(", ", allowed));
    return null;
  }

  /** Records a problem at the line where {@code node} starts (line 0 when there is no node). */
  public void problem(Node node, String where, String message) {
    problems.add(new YamlProblem(lineOf(node), where, message));
  }

  /** Records a problem at a line, from 1, or 0 for the whole file. */
  public void problem(int line, String where, String message) {
    problems.add(new YamlProblem(line, where, message));
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Every problem recorded, in the order of the file's lines. */
  public List<YamlProblem> problems() {
    List<YamlProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(YamlProblem::line));
    return List.copyOf(sorted);
  }

  /** The line, from 1, on which a node starts, or 0 when there is none. */
  public static int lineOf(Node node) {
    return node == null ? 0 : node.getStartMark().getLine() + 1;
  }

  /** Whether a node is YAML's null: {@code ~}, {@code null} or nothing. */
  public static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  /** " (QS4)" for an entry whose {@code key} is QS4, so that messages name the entry. */
  public static String label(Node item, String key) {
    if (item instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k
            && k.getValue().equals(key)
            && tuple.getValueNode() instanceof ScalarNode v
            && !isNull(v)
            && !v.getValue().isBlank()) {
          return " (" + v.getValue().strip() + ")";
        }
      }
    }
    return "";
  }
}
