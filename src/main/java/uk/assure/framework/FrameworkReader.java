package uk.assure.framework;

import static uk.assure.shared.yaml.LocatedYaml.isNull;
import static uk.assure.shared.yaml.LocatedYaml.label;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import uk.assure.framework.FrameworkCrossChecks.ReadStatement;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.EvidenceCategoryDescription;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.QualityStatement;
import uk.assure.framework.domain.RatingBandDescription;
import uk.assure.framework.domain.RatingRules;
import uk.assure.framework.domain.ScoreMeaning;
import uk.assure.framework.domain.ScoringMethodDescription;
import uk.assure.framework.domain.Theme;
import uk.assure.shared.yaml.LocatedYaml;
import uk.assure.shared.yaml.YamlFields;

/**
 * Reads one framework file, collecting every problem instead of stopping at the first, each with
 * its line and entry. The YAML and its fields are read by {@link LocatedYaml}; this class knows the
 * file's parts (themes, statements, evidence categories, score meanings), hands the rating bands
 * and scoring methods to {@link RatingPartsReader} and the checks between parts to {@link
 * FrameworkCrossChecks}. It is over 300 lines because each part's reading stays next to the
 * messages it gives, which tests pin word for word.
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

  private final String source;
  private final LocatedYaml yaml = new LocatedYaml();
  private final FrameworkCrossChecks crossChecks = new FrameworkCrossChecks(yaml);
  private final RatingPartsReader ratingParts;
  private final List<Integer> themeNumbers = new ArrayList<>();

  private FrameworkReader(String source, RatingRules rules) {
    this.source = source;
    this.ratingParts = new RatingPartsReader(yaml, rules);
  }

  /**
   * Checks the text of a framework file; {@code source} names it in messages, and {@code rules}
   * check its rating bands and scoring methods.
   */
  static FrameworkCheck check(Reader text, String source, RatingRules rules) {
    return new FrameworkReader(source, rules).read(text);
  }

  private FrameworkCheck read(Reader text) {
    MappingNode root = yaml.root(text, TOP_FIELDS);
    if (root == null) {
      return invalid();
    }
    YamlFields top = yaml.top(root, TOP_FIELDS);
    String version = top.text("version");
    String title = top.text("title");
    String sourceNote = top.text("source");
    List<Theme> themes = themes(top.list("themes"));
    List<QualityStatement> statements = statements(top.list("statements"));
    List<EvidenceCategoryDescription> categories = categories(top.list("evidenceCategories"));
    List<ScoreMeaning> meanings = scoreMeanings(top.map("scoreMeanings"));
    List<RatingBandDescription> bands = ratingParts.ratingBands(top.list("ratingBands"));
    List<ScoringMethodDescription> methods = ratingParts.methods(top.list("methods"));
    if (yaml.hasProblems()) {
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
      yaml.problem(0, "", e.getMessage());
      return invalid();
    }
  }

  private FrameworkCheck invalid() {
    return new FrameworkCheck.Invalid(source, List.copyOf(yaml.problems()));
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
      YamlFields fields = yaml.fields(item, where, THEME_FIELDS);
      if (fields == null) {
        continue;
      }
      Integer number = fields.whole("number");
      String name = fields.text("name");
      String description = fields.text("description");
      if (number != null && number < 1) {
        yaml.problem(fields.node("number"), where, "'number' must be 1 or more, not " + number);
        continue;
      }
      if (number != null && themeNumbers.contains(number)) {
        yaml.problem(fields.node("number"), where, "theme number " + number + " is used twice");
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

  private List<QualityStatement> statements(SequenceNode list) {
    List<ReadStatement> read = new ArrayList<>();
    if (list == null) {
      return List.of();
    }
    Set<String> codes = new LinkedHashSet<>();
    int index = 0;
    for (Node item : list.getValue()) {
      index++;
      String where = "statement " + index + label(item, "code");
      YamlFields fields = yaml.fields(item, where, STATEMENT_FIELDS);
      if (fields == null) {
        continue;
      }
      String code = fields.text("code");
      if (code != null && !QualityStatement.isCode(code)) {
        yaml.problem(
            fields.node("code"),
            where,
            "'code' must be QS followed by the statement's number, like QS1, not '" + code + "'");
        code = null;
      } else if (code != null && !codes.add(code)) {
        yaml.problem(fields.node("code"), where, code + " is used by an earlier statement too");
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
              new ReadStatement(
                  new QualityStatement(
                      code, theme, name, alsoKnownAs, summary, we, expectations, descriptions),
                  item,
                  where));
        } catch (IllegalArgumentException e) {
          yaml.problem(item, where, e.getMessage());
        }
      }
    }
    crossChecks.statementThemes(themeNumbers, read, list);
    crossChecks.statementNames(read);
    return read.stream().map(ReadStatement::value).toList();
  }

  private Map<Integer, String> scoreDescriptions(YamlFields fields, String where) {
    Node node = fields.node("scoreDescriptions");
    if (node == null || isNull(node)) {
      return Map.of();
    }
    if (!(node instanceof MappingNode mapping)) {
      yaml.problem(
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
        yaml.problem(tuple.getKeyNode(), where, "score " + score + " is described twice");
        valid = false;
        continue;
      }
      Node value = tuple.getValueNode();
      if (isNull(value)) {
        continue;
      }
      if (!(value instanceof ScalarNode scalar)) {
        yaml.problem(value, where, "the description of score " + score + " must be text");
        valid = false;
        continue;
      }
      descriptions.put(score, scalar.getValue());
    }
    return valid ? descriptions : null;
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
      String where = "evidence category " + index + label(item, "code");
      YamlFields fields = yaml.fields(item, where, CATEGORY_FIELDS);
      if (fields == null) {
        continue;
      }
      String code = fields.text("code");
      String name = fields.text("name");
      Boolean used = fields.flag("usedForCouncils");
      String description = fields.text("description");
      EvidenceCategory category = null;
      if (code != null && !EvidenceCategory.isKnown(code)) {
        yaml.problem(
            fields.node("code"),
            where,
            "'" + code + "' is not an evidence category; the codes are " + codes);
      } else if (code != null) {
        category = EvidenceCategory.fromCode(code);
        if (!listed.add(category)) {
          yaml.problem(fields.node("code"), where, code + " is listed twice");
          category = null;
        }
      }
      if (category != null && used != null && used != category.usedForCouncils()) {
        yaml.problem(
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
        yaml.problem(
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
        yaml.problem(tuple.getKeyNode(), where, "this score's meaning is given twice");
        continue;
      }
      YamlFields fields = yaml.fields(tuple.getValueNode(), where, SCORE_FIELDS);
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
        yaml.problem(map, "scoreMeanings", "the meaning of score " + score + " is missing");
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
    yaml.problem(key, where, "'" + text + "' is not a score: scores are 1, 2, 3 and 4");
    return null;
  }
}
