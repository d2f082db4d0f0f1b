package uk.assure.framework;

import static uk.assure.shared.yaml.LocatedYaml.label;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import uk.assure.framework.domain.RatingBandDescription;
import uk.assure.framework.domain.RatingRules;
import uk.assure.framework.domain.ScoringMethodDescription;
import uk.assure.shared.yaml.LocatedYaml;
import uk.assure.shared.yaml.YamlFields;

/**
 * Reads the rating bands and scoring methods of a framework file. They are rating rules, so each
 * one is checked by the {@link RatingRules} given (from the {@code rating} feature); this class
 * only places each answer at its line.
 */
final class RatingPartsReader {

  private static final List<String> BAND_FIELDS = List.of("rating", "name", "from", "to");
  private static final List<String> METHOD_FIELDS =
      List.of("code", "name", "from", "until", "rules");

  private final LocatedYaml yaml;
  private final RatingRules rules;

  RatingPartsReader(LocatedYaml yaml, RatingRules rules) {
    this.yaml = yaml;
    this.rules = rules;
  }

  /** The bands the rating rules accept, lowest first. */
  List<RatingBandDescription> ratingBands(SequenceNode list) {
    List<RatingBandDescription> bands = new ArrayList<>();
    if (list == null) {
      return bands;
    }
    Set<String> listed = new LinkedHashSet<>();
    int index = 0;
    for (Node item : list.getValue()) {
      index++;
      String where = "rating band " + index + label(item, "rating");
      YamlFields fields = yaml.fields(item, where, BAND_FIELDS);
      if (fields == null) {
        continue;
      }
      String code = fields.text("rating");
      String name = fields.text("name");
      Integer from = fields.whole("from");
      Integer to = fields.whole("to");
      boolean known = code != null && accepted(fields, "rating", rules.refuseRating(code));
      if (known && !listed.add(code)) {
        fields.problem("rating", code + " is listed twice");
        continue;
      }
      boolean agrees = true;
      if (known && from != null) {
        agrees = accepted(fields, "from", rules.refuseBandStart(code, from));
      }
      if (known && to != null) {
        agrees = accepted(fields, "to", rules.refuseBandEnd(code, to)) && agrees;
      }
      if (known && name != null && from != null && to != null && agrees) {
        bands.add(new RatingBandDescription(code, name, from, to));
      }
    }
    rules.missingBands(listed).forEach(message -> yaml.problem(list, "ratingBands", message));
    bands.sort(Comparator.comparingInt(RatingBandDescription::from));
    return bands;
  }

  /** The methods the rating rules accept, earliest first. */
  List<ScoringMethodDescription> methods(SequenceNode list) {
    List<ScoringMethodDescription> methods = new ArrayList<>();
    if (list == null) {
      return methods;
    }
    Set<String> listed = new LinkedHashSet<>();
    int index = 0;
    for (Node item : list.getValue()) {
      index++;
      String where = "scoring method " + index + label(item, "code");
      YamlFields fields = yaml.fields(item, where, METHOD_FIELDS);
      if (fields == null) {
        continue;
      }
      String code = fields.text("code");
      String name = fields.text("name");
      YearMonth from = fields.month("from", true);
      YearMonth until = fields.month("until", false);
      List<String> rulesText = fields.texts("rules", true);
      boolean known = code != null && accepted(fields, "code", rules.refuseMethod(code));
      if (known && !listed.add(code)) {
        fields.problem("code", code + " is listed twice");
        continue;
      }
      if (from != null && until != null && until.isBefore(from)) {
        fields.problem("until", "'until' (" + until + ") is before 'from' (" + from + ")");
        continue;
      }
      if (known && name != null && from != null && rulesText != null) {
        methods.add(new ScoringMethodDescription(code, name, from, until, rulesText));
      }
    }
    rules.missingMethods(listed).forEach(message -> yaml.problem(list, "methods", message));
    methods.sort(Comparator.comparing(ScoringMethodDescription::from));
    return methods;
  }

  /** Whether the rules had no objection; if they had, it is recorded at the field. */
  private static boolean accepted(YamlFields fields, String field, Optional<String> refusal) {
    refusal.ifPresent(message -> fields.problem(field, message));
    return refusal.isEmpty();
  }
}
