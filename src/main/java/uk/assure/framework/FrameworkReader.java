package uk.assure.framework;

import java.io.Reader;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.EvidenceCategoryDescription;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.QualityStatement;
import uk.assure.framework.domain.RatingBandDescription;
import uk.assure.framework.domain.ScoreMeaning;
import uk.assure.framework.domain.ScoringMethodDescription;
import uk.assure.framework.domain.Theme;
import uk.assure.rating.domain.Rating;
import uk.assure.rating.domain.ScoringMethod;

/**
 * Reads one framework file, collecting every problem instead of stopping at the first, each with
 * its line and entry. The YAML is read as a tree of nodes (not bound to classes) so that line
 * numbers, duplicate fields and misspelt field names can all be reported.
 */
final class FrameworkReader {

  private static final List<String> TOP_FIELDS =
      List.of(
          "version",
          "title",
          "source",
          "themes",
          "statements",
          "evidenceCategories",
          "scoreMeanings",
          "ratingBands",
          "methods");
  private static final List<String> THEME_FIELDS = List.of("number", "name", "description");
  private static final List<String> STATEMENT_FIELDS =
      List.of(
          "code",
          "theme",
          "name",
          "alsoKnownAs",
          "summary",
          "we",
          "expectations",
          "scoreDescriptions");
  private static final List<String> CATEGORY_FIELDS =
      List.of("code", "name", "usedForCouncils", "description");
  private static final List<String> SCORE_FIELDS = List.of("name", "description");
  private static final List<String> BAND_FIELDS = List.of("rating", "name", "from", "to");
  private static final List<String> METHOD_FIELDS =
      List.of("code", "name", "from", "until", "rules");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Set<String> TRUE = Set.of("true", "yes", "on");
  private static final Set<String> FALSE = Set.of("false", "no", "off");

  private final String source;
  private final List<FrameworkProblem> problems = new ArrayList<>();
  private final List<Integer> themeNumbers = new ArrayList<>();

  private FrameworkReader(String source) {
    this.source = source;
  }

  /** Checks the text of a framework file; {@code source} names it in messages. */
  static FrameworkCheck check(Reader text, String source) {
    return new FrameworkReader(source).read(text);
  }

  private FrameworkCheck read(Reader text) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(text);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      problems.add(
          new FrameworkProblem(
              line,
              "",
              "this is not valid YAML: "
                  + e.getProblem()
                  + context
                  + "; check the"
                  + " indentation, colons and quotes around this line"));
      return invalid();
    } catch (YAMLException e) {
      problems.add(new FrameworkProblem(0, "", "this is not valid YAML: " + e.getMessage()));
      return invalid();
    }
    if (root == null) {
      problems.add(
          new FrameworkProblem(
              0, "", "the file is empty: it needs " + String.join(", ", TOP_FIELDS)));
      return invalid();
    }
    if (!(root instanceof MappingNode mapping)) {
      problem(root, "", "the file must be a set of fields: " + String.join(", ", TOP_FIELDS));
      return invalid();
    }
    Fields top = new Fields(mapping, "", TOP_FIELDS);
    String version = top.text("version");
    String title = top.text("title");
    String sourceNote = top.text("source");
    List<Theme> themes = themes(top.list("themes"));
    List<QualityStatement> statements = statements(top.list("statements"));
    List<EvidenceCategoryDescription> categories = categories(top.list("evidenceCategories"));
    List<ScoreMeaning> meanings = scoreMeanings(top.map("scoreMeanings"));
    List<RatingBandDescription> bands = ratingBands(top.list("ratingBands"));
    List<ScoringMethodDescription> methods = methods(top.list("methods"));
    if (!problems.isEmpty()) {
      return invalid();
    }
    try {
      return new FrameworkCheck.Valid(
          new Framework(
              version,
              title,
              sourceNote,
              themes,
              statements,
              categories,
              meanings,
              bands,
              methods));
    } catch (IllegalArgumentException e) {
      // Every rule of the records is checked above with its line; this is a safety net.
      problems.add(new FrameworkProblem(0, "", e.getMessage()));
      return invalid();
    }
  }

  private FrameworkCheck invalid() {
    List<FrameworkProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(FrameworkProblem::line));
    return new FrameworkCheck.Invalid(source, sorted);
  }

  // --- Themes ---

  private List<Theme> themes(SequenceNode list) {
    List<Theme> themes = new ArrayList<>();
    if (list == null) {
      return themes;
    }
    int index = 0;
    for (Node item : list.getValue()) {
      index++;
      String where = "theme " + index;
      Fields fields = fields(item, where, THEME_FIELDS);
      if (fields == null) {
        continue;
      }
      Integer number = fields.whole("number");
      String name = fields.text("name");
      String description = fields.text("description");
      if (number != null && number < 1) {
        problem(fields.node("number"), where, "'number' must be 1 or more, not " + number);
        continue;
      }
      if (number != null && themeNumbers.contains(number)) {
        problem(fields.node("number"), where, "theme number " + number + " is used twice");
        continue;
      }
      if (number != null) {
        themeNumbers.add(number);
      }
      if (number != null && name != null && description != null) {
        themes.add(new Theme(number, name, description));
      }
    }
    return themes;
  }

  // --- Quality statements ---

  private record Read<T>(T value, Node node, String where) {}

  private List<QualityStatement> statements(SequenceNode list) {
    List<Read<QualityStatement>> read = new ArrayList<>();
    if (list == null) {
      return List.of();
    }
    Set<String> codes = new LinkedHashSet<>();
    int index = 0;
    for (Node item : list.getValue()) {
      index++;
      String where = "statement " + index + peekLabel(item, "code");
      Fields fields = fields(item, where, STATEMENT_FIELDS);
      if (fields == null) {
        continue;
      }
      String code = fields.text("code");
      if (code != null && !QualityStatement.isCode(code)) {
        problem(
            fields.node("code"),
            where,
            "'code' must be QS followed by the statement's number, like QS1, not '" + code + "'");
        code = null;
      } else if (code != null && !codes.add(code)) {
        problem(fields.node("code"), where, code + " is used by an earlier statement too");
        code = null;
      }
      Integer theme = fields.whole("theme");
      String name = fields.text("name");
      List<String> alsoKnownAs = fields.texts("alsoKnownAs", false);
      String summary = fields.text("summary");
      String we = fields.text("we");
      List<String> expectations = fields.texts("expectations", true);
      Map<Integer, String> descriptions = scoreDescriptions(fields, where);
      if (code != null
          && theme != null
          && name != null
          && alsoKnownAs != null
          && summary != null
          && we != null
          && expectations != null
          && descriptions != null) {
        try {
          read.add(
              new Read<>(
                  new QualityStatement(
                      code, theme, name, alsoKnownAs, summary, we, expectations, descriptions),
                  item,
                  where));
        } catch (IllegalArgumentException e) {
          problem(item, where, e.getMessage());
        }
      }
    }
    checkStatementThemes(read, list);
    checkStatementNames(read);
    return read.stream().map(Read::value).toList();
  }

  private Map<Integer, String> scoreDescriptions(Fields fields, String where) {
    Node node = fields.node("scoreDescriptions");
    if (node == null || isNull(node)) {
      return Map.of();
    }
    if (!(node instanceof MappingNode mapping)) {
      problem(
          node,
          where,
          "'scoreDescriptions' must give a description for scores 1 to 4, like {1: ..., 2: ...}"
              + " (leave a score empty where none has been published)");
      return null;
    }
    Map<Integer, String> descriptions = new TreeMap<>();
    boolean valid = true;
    Set<Integer> seen = new LinkedHashSet<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Integer score = scoreKey(tuple.getKeyNode(), where + ": scoreDescriptions");
      if (score == null) {
        valid = false;
        continue;
      }
      if (!seen.add(score)) {
        problem(tuple.getKeyNode(), where, "score " + score + " is described twice");
        valid = false;
        continue;
      }
      Node value = tuple.getValueNode();
      if (isNull(value)) {
        continue;
      }
      if (!(value instanceof ScalarNode scalar)) {
        problem(value, where, "the description of score " + score + " must be text");
        valid = false;
        continue;
      }
      descriptions.put(score, scalar.getValue());
    }
    return valid ? descriptions : null;
  }

  private void checkStatementThemes(List<Read<QualityStatement>> statements, SequenceNode list) {
    if (themeNumbers.isEmpty()) {
      return;
    }
    List<Integer> order = themeNumbers;
    String known = order.stream().map(String::valueOf).collect(Collectors.joining(", "));
    int furthest = -1;
    for (Read<QualityStatement> read : statements) {
      QualityStatement statement = read.value();
      int position = order.indexOf(statement.theme());
      if (position < 0) {
        problem(
            read.node(),
            read.where(),
            "theme "
                + statement.theme()
                + " is not one of the themes in this file ("
                + known
                + ")");
      } else if (position < furthest) {
        problem(
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
        problem(
            list,
            "theme " + number,
            "no statement belongs to this theme: give each theme at least one statement");
      }
    }
  }

  private void checkStatementNames(List<Read<QualityStatement>> statements) {
    Map<String, String> owners = new HashMap<>();
    for (Read<QualityStatement> read : statements) {
      for (String name : read.value().names()) {
        String key = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String owner = owners.putIfAbsent(key, read.value().code());
        if (owner != null && !owner.equals(read.value().code())) {
          problem(
              read.node(),
              read.where(),
              "the name '" + name + "' is already used by " + owner + ": each name must be unique");
        }
      }
    }
  }

  // --- Evidence categories ---

  private List<EvidenceCategoryDescription> categories(SequenceNode list) {
    Map<EvidenceCategory, EvidenceCategoryDescription> found =
        new EnumMap<>(EvidenceCategory.class);
    if (list == null) {
      return List.of();
    }
    String codes =
        Arrays.stream(EvidenceCategory.values())
            .map(EvidenceCategory::code)
            .collect(Collectors.joining(", "));
    Set<EvidenceCategory> listed = EnumSet.noneOf(EvidenceCategory.class);
    int index = 0;
    for (Node item : list.getValue()) {
      index++;
      String where = "evidence category " + index + peekLabel(item, "code");
      Fields fields = fields(item, where, CATEGORY_FIELDS);
      if (fields == null) {
        continue;
      }
      String code = fields.text("code");
      String name = fields.text("name");
      Boolean used = fields.flag("usedForCouncils");
      String description = fields.text("description");
      EvidenceCategory category = null;
      if (code != null && !EvidenceCategory.isKnown(code)) {
        problem(
            fields.node("code"),
            where,
            "'" + code + "' is not an evidence category; the codes are " + codes);
      } else if (code != null) {
        category = EvidenceCategory.fromCode(code);
        if (!listed.add(category)) {
          problem(fields.node("code"), where, code + " is listed twice");
          category = null;
        }
      }
      if (category != null && used != null && used != category.usedForCouncils()) {
        problem(
            fields.node("usedForCouncils"),
            where,
            "the rating rules "
                + (category.usedForCouncils() ? "use " : "do not use ")
                + code
                + " when assessing councils: set usedForCouncils to "
                + category.usedForCouncils());
      } else if (category != null && name != null && used != null && description != null) {
        found.put(category, new EvidenceCategoryDescription(category, name, description));
      }
    }
    for (EvidenceCategory category : EvidenceCategory.values()) {
      if (!listed.contains(category)) {
        problem(
            list,
            "evidenceCategories",
            category.code()
                + " is missing: list all six categories, with usedForCouncils: "
                + category.usedForCouncils());
      }
    }
    return List.copyOf(found.values());
  }

  // --- Scores ---

  private List<ScoreMeaning> scoreMeanings(MappingNode map) {
    Map<Integer, ScoreMeaning> meanings = new TreeMap<>();
    if (map == null) {
      return List.of();
    }
    Set<Integer> seen = new LinkedHashSet<>();
    for (NodeTuple tuple : map.getValue()) {
      Integer score = scoreKey(tuple.getKeyNode(), "scoreMeanings");
      if (score == null) {
        continue;
      }
      String where = "score " + score;
      if (!seen.add(score)) {
        problem(tuple.getKeyNode(), where, "this score's meaning is given twice");
        continue;
      }
      Fields fields = fields(tuple.getValueNode(), where, SCORE_FIELDS);
      if (fields == null) {
        continue;
      }
      String name = fields.text("name");
      String description = fields.text("description");
      if (name != null && description != null) {
        meanings.put(score, new ScoreMeaning(score, name, description));
      }
    }
    for (int score = ScoreMeaning.LOWEST; score <= ScoreMeaning.HIGHEST; score++) {
      if (!seen.contains(score)) {
        problem(map, "scoreMeanings", "the meaning of score " + score + " is missing");
      }
    }
    return List.copyOf(meanings.values());
  }

  private Integer scoreKey(Node key, String where) {
    String text = key instanceof ScalarNode scalar ? scalar.getValue() : "";
    try {
      int score = Integer.parseInt(text.strip());
      if (ScoreMeaning.isScore(score)) {
        return score;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(key, where, "'" + text + "' is not a score: scores are 1, 2, 3 and 4");
    return null;
  }

  // --- Rating bands ---

  private List<RatingBandDescription> ratingBands(SequenceNode list) {
    Map<Rating, RatingBandDescription> bands = new EnumMap<>(Rating.class);
    if (list == null) {
      return List.of();
    }
    String codes =
        Arrays.stream(Rating.values()).map(Rating::code).collect(Collectors.joining(", "));
    Set<Rating> listed = new LinkedHashSet<>();
    int index = 0;
    for (Node item : list.getValue()) {
      index++;
      String where = "rating band " + index + peekLabel(item, "rating");
      Fields fields = fields(item, where, BAND_FIELDS);
      if (fields == null) {
        continue;
      }
      String code = fields.text("rating");
      String name = fields.text("name");
      Integer from = fields.whole("from");
      Integer to = fields.whole("to");
      Rating rating = null;
      if (code != null) {
        try {
          rating = Rating.fromCode(code);
        } catch (IllegalArgumentException e) {
          problem(
              fields.node("rating"),
              where,
              "'" + code + "' is not a rating; the ratings are " + codes);
        }
      }
      if (rating != null && !listed.add(rating)) {
        problem(fields.node("rating"), where, code + " is listed twice");
        continue;
      }
      boolean agrees = true;
      if (rating != null && from != null && from != rating.minimum()) {
        problem(fields.node("from"), where, disagreement("starts", from, rating));
        agrees = false;
      }
      if (rating != null && to != null && to != rating.maximum()) {
        problem(fields.node("to"), where, disagreement("ends", to, rating));
        agrees = false;
      }
      if (rating != null && name != null && from != null && to != null && agrees) {
        bands.put(rating, new RatingBandDescription(code, name, from, to));
      }
    }
    for (Rating rating : Rating.values()) {
      if (!listed.contains(rating)) {
        problem(
            list,
            "ratingBands",
            "the band for "
                + rating.code()
                + " is missing: it runs from "
                + rating.minimum()
                + " to "
                + rating.maximum()
                + "%");
      }
    }
    return List.copyOf(bands.values());
  }

  private static String disagreement(String edge, int given, Rating rating) {
    return "the band "
        + edge
        + " at "
        + given
        + "% in this file, but the rating rules give "
        + rating.code()
        + " to "
        + rating.minimum()
        + "-"
        + rating.maximum()
        + "%; bands are rating rules, so a change to them needs a change to Assure itself";
  }

  // --- Scoring methods ---

  private List<ScoringMethodDescription> methods(SequenceNode list) {
    List<ScoringMethodDescription> methods = new ArrayList<>();
    if (list == null) {
      return methods;
    }
    String codes =
        Arrays.stream(ScoringMethod.values())
            .map(ScoringMethod::code)
            .collect(Collectors.joining(", "));
    Set<ScoringMethod> listed = new LinkedHashSet<>();
    int index = 0;
    for (Node item : list.getValue()) {
      index++;
      String where = "scoring method " + index + peekLabel(item, "code");
      Fields fields = fields(item, where, METHOD_FIELDS);
      if (fields == null) {
        continue;
      }
      String code = fields.text("code");
      String name = fields.text("name");
      YearMonth from = fields.month("from", true);
      YearMonth until = fields.month("until", false);
      List<String> rules = fields.texts("rules", true);
      ScoringMethod method = null;
      if (code != null) {
        try {
          method = ScoringMethod.fromCode(code);
        } catch (IllegalArgumentException e) {
          problem(
              fields.node("code"),
              where,
              "'" + code + "' is not a scoring method; the methods are " + codes);
        }
      }
      if (method != null && !listed.add(method)) {
        problem(fields.node("code"), where, code + " is listed twice");
        continue;
      }
      if (from != null && until != null && until.isBefore(from)) {
        problem(
            fields.node("until"), where, "'until' (" + until + ") is before 'from' (" + from + ")");
        continue;
      }
      if (method != null && name != null && from != null && rules != null) {
        methods.add(new ScoringMethodDescription(code, name, from, until, rules));
      }
    }
    for (ScoringMethod method : ScoringMethod.values()) {
      if (!listed.contains(method)) {
        problem(
            list,
            "methods",
            "the scoring method " + method.code() + " is missing: describe both " + codes);
      }
    }
    methods.sort(Comparator.comparing(ScoringMethodDescription::from));
    return methods;
  }

  // --- Reading nodes ---

  private void problem(Node node, String where, String message) {
    int line = node == null ? 0 : node.getStartMark().getLine() + 1;
    problems.add(new FrameworkProblem(line, where, message));
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  /** " (QS4)" for an entry whose {@code key} is QS4, so that messages name the entry. */
  private static String peekLabel(Node item, String key) {
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

  private Fields fields(Node node, String where, List<String> allowed) {
    if (node instanceof MappingNode mapping) {
      return new Fields(mapping, where, allowed);
    }
    problem(node, where, "this entry must be a set of fields: " + String.join(", ", allowed));
    return null;
  }

  /** The fields of one entry, read with a problem recorded for each missing or wrong one. */
  private final class Fields {

    private final MappingNode mapping;
    private final String where;
    private final Map<String, Node> values = new LinkedHashMap<>();

    Fields(MappingNode mapping, String where, List<String> allowed) {
      this.mapping = mapping;
      this.where = where;
      for (NodeTuple tuple : mapping.getValue()) {
        Node key = tuple.getKeyNode();
        String name = key instanceof ScalarNode scalar ? scalar.getValue() : null;
        if (name == null || !allowed.contains(name)) {
          problem(
              key,
              where,
              "unknown field '"
                  + (name == null ? "?" : name)
                  + "'; the fields here are "
                  + String.join(", ", allowed));
        } else if (values.containsKey(name)) {
          problem(key, where, "'" + name + "' is given twice");
        } else {
          values.put(name, tuple.getValueNode());
        }
      }
    }

    /** The field's node, or null when it is absent. */
    Node node(String name) {
      return values.get(name);
    }

    /** The field's value node, or null (with a problem when required) if absent or empty. */
    private Node present(String name, boolean required) {
      Node node = values.get(name);
      if (node == null || isNull(node)) {
        if (required && where.isEmpty()) {
          problem(node, where, "the file has no '" + name + "'");
        } else if (required) {
          problem(node == null ? mapping : node, where, "'" + name + "' is missing");
        }
        return null;
      }
      return node;
    }

    String text(String name) {
      Node node = present(name, true);
      if (node == null) {
        return null;
      }
      if (!(node instanceof ScalarNode scalar)) {
        problem(node, where, "'" + name + "' must be text");
        return null;
      }
      if (scalar.getValue().isBlank()) {
        problem(node, where, "'" + name + "' is empty");
        return null;
      }
      return scalar.getValue();
    }

    Integer whole(String name) {
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
      problem(node, where, "'" + name + "' must be a whole number");
      return null;
    }

    Boolean flag(String name) {
      Node node = present(name, true);
      if (node == null) {
        return null;
      }
      String value =
          node instanceof ScalarNode scalar
              ? scalar.getValue().strip().toLowerCase(Locale.ROOT)
              : "";
      if (TRUE.contains(value)) {
        return true;
      }
      if (FALSE.contains(value)) {
        return false;
      }
      problem(node, where, "'" + name + "' must be true or false");
      return null;
    }

    /** A month written as YYYY-MM; when not required, absent or empty means none. */
    YearMonth month(String name, boolean required) {
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
      problem(node, where, "'" + name + "' must be a month written as YYYY-MM, like 2024-12");
      return null;
    }

    /**
     * A list of texts. Absent is an empty list when not required; when required the list must have
     * at least one entry. Null means the field has a problem.
     */
    List<String> texts(String name, boolean required) {
      Node node = present(name, required);
      if (node == null) {
        return required ? null : List.of();
      }
      if (!(node instanceof SequenceNode sequence)) {
        problem(node, where, "'" + name + "' must be a list, one entry per line starting '- '");
        return null;
      }
      List<String> texts = new ArrayList<>();
      boolean valid = true;
      for (Node item : sequence.getValue()) {
        if (item instanceof ScalarNode scalar && !isNull(item) && !scalar.getValue().isBlank()) {
          texts.add(scalar.getValue());
        } else {
          problem(item, where, "each entry of '" + name + "' must be some text");
          valid = false;
        }
      }
      if (valid && required && texts.isEmpty()) {
        problem(node, where, "'" + name + "' needs at least one entry");
        return null;
      }
      return valid ? texts : null;
    }

    SequenceNode list(String name) {
      Node node = present(name, true);
      if (node == null) {
        return null;
      }
      if (!(node instanceof SequenceNode sequence)) {
        problem(node, where, "'" + name + "' must be a list of entries, each starting '- '");
        return null;
      }
      if (sequence.getValue().isEmpty()) {
        problem(node, where, "'" + name + "' is empty");
        return null;
      }
      return sequence;
    }

    MappingNode map(String name) {
      Node node = present(name, true);
      if (node == null) {
        return null;
      }
      if (!(node instanceof MappingNode map)) {
        problem(node, where, "'" + name + "' must be a set of fields");
        return null;
      }
      return map;
    }
  }
}
