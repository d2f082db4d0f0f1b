package uk.assure.framework;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import uk.assure.framework.domain.QualityStatement;
import uk.assure.shared.yaml.LocatedYaml;

/**
 * The checks between parts of a framework file, made once each part has been read on its own:
 * statements belong to the file's themes, in theme order, every theme has a statement, and no name
 * is used by two statements.
 */
final class FrameworkCrossChecks {

  /** A statement as read, with where it is in the file. */
  record ReadStatement(QualityStatement value, Node node, String where) {}

  private final LocatedYaml yaml;

  FrameworkCrossChecks(LocatedYaml yaml) {
    this.yaml = yaml;
  }

  /**
   * @param themeNumbers the numbers of the themes read, in the file's order
   * @param statements the statements read without a problem
   * @param list the file's list of statements, for a problem about a theme without one
   */
  void statementThemes(
      List<Integer> themeNumbers, List<ReadStatement> statements, SequenceNode list) {
    if (themeNumbers.isEmpty()) {
      return;
    }
    String known = themeNumbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    int furthest = -1;
    for (ReadStatement read : statements) {
      QualityStatement statement = read.value();
      int position = themeNumbers.indexOf(statement.theme());
      if (position < 0) {
        yaml.problem(
            read.node(),
            read.where(),
            "theme "
                + statement.theme()
                + " is not one of the themes in this file ("
                + known
                + ")");
      } else if (position < furthest) {
        yaml.problem(
            read.node(),
            read.where(),
            "it is in theme "
                + statement.theme()
                + " but comes after statements of a later theme: list the statements theme by"
                + " theme, in the order of the themes");
      } else {
        furthest = position;
      }
    }
    for (int number : themeNumbers) {
      boolean used = statements.stream().anyMatch(s -> s.value().theme() == number);
      if (!used && statements.size() == list.getValue().size()) {
        yaml.problem(
            list,
            "theme " + number,
            "no statement belongs to this theme: give each theme at least one statement");
      }
    }
  }

  /** No name, or other name, belongs to two statements (ignoring case and spacing). */
  void statementNames(List<ReadStatement> statements) {
    Map<String, String> owners = new HashMap<>();
    for (ReadStatement read : statements) {
      for (String name : read.value().names()) {
        String key = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String owner = owners.putIfAbsent(key, read.value().code());
        if (owner != null && !owner.equals(read.value().code())) {
          yaml.problem(
              read.node(),
              read.where(),
              "the name '" + name + "' is already used by " + owner + ": each name must be unique");
        }
      }
    }
  }
}
