package uk.assure.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.QualityStatement;
import uk.assure.rating.domain.BandPosition;
import uk.assure.rating.domain.Percentage;
import uk.assure.rating.domain.Rating;
import uk.assure.rating.domain.RatingChange;
import uk.assure.rating.domain.RatingResult;
import uk.assure.rating.domain.Score;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.rating.domain.StatementResult;

/**
 * Explains a rating in plain English: how it was worked out, where it sits in its band and what
 * would move it. The sentences come from {@code messages.properties} through {@link
 * RatingMessages}, without Spring, so the command line and the web use the same words.
 */
public final class RatingExplanation {

  private final Framework framework;

  public RatingExplanation(Framework framework) {
    this.framework = framework;
  }

  /** The rating as a heading: "Outstanding", "Requires improvement". */
  public String label(Rating rating) {
    return text("rating.label." + rating.code());
  }

  /** The rating as it reads inside a sentence: "outstanding", "requires improvement". */
  public String word(Rating rating) {
    return text("rating.word." + rating.code());
  }

  public String categoryLabel(EvidenceCategory category) {
    return text("rating.category." + category.code());
  }

  /** The rating with its percentage, for example "Good: 75%". */
  public String summary(RatingResult result) {
    return text("rating.summary", label(result.rating()), result.percentage().value());
  }

  /**
   * Where the percentage sits in its band, for example "Good, nearer outstanding" or "Requires
   * improvement, in the middle of the band".
   */
  public String position(RatingResult result) {
    Rating rating = result.rating();
    String label = label(rating);
    BandPosition position = result.position();
    if (position == BandPosition.UPPER) {
      return rating
          .higher()
          .map(higher -> text("rating.position.upper", label, word(higher)))
          .orElseGet(() -> text("rating.position.top", label));
    }
    if (position == BandPosition.LOWER) {
      return rating
          .lower()
          .map(lower -> text("rating.position.lower", label, word(lower)))
          .orElseGet(() -> text("rating.position.bottom", label));
    }
    return text("rating.position.middle", label);
  }

  /** How the rating was worked out, one sentence per step, in order. */
  public List<String> steps(RatingResult result) {
    List<String> steps = new ArrayList<>();
    steps.add(text("rating.step.method." + result.method().code()));
    for (StatementResult statement : result.assessedStatements()) {
      steps.add(statementStep(result.method(), statement));
    }
    steps.add(text("rating.step.total", result.total(), result.maximum(), result.assessedCount()));
    steps.add(division(result.total(), result.maximum(), result.exactTenths(), result));
    Rating rating = result.rating();
    steps.add(
        text(
            "rating.step.band",
            result.percentage().value(),
            word(rating),
            rating.minimum(),
            rating.maximum()));
    if (result.partial()) {
      int all = result.statements().size();
      steps.add(
          text(
              "rating.step.partial",
              result.assessedCount(),
              all,
              result.maximum(),
              all * Score.MAX,
              list(result.notAssessed().stream().map(this::named).toList())));
    }
    if (result.referral()) {
      steps.add(
          text(
              "rating.step.referral",
              list(result.referralStatements().stream().map(this::named).toList())));
    }
    return steps;
  }

  /** What the fewest score changes would raise the rating to, unless it is outstanding. */
  public Optional<String> wouldRaise(RatingResult result) {
    return result.up().map(change -> move(change, "raise", result, true));
  }

  /** What the fewest score changes would lower the rating to, unless it is inadequate. */
  public Optional<String> wouldLower(RatingResult result) {
    return result.down().map(change -> move(change, "lower", result, false));
  }

  /** A statement's code and name, for example "QS7 Safeguarding". */
  public String named(String code) {
    return framework
        .statement(code)
        .map(QualityStatement::name)
        .map(name -> code + " " + name)
        .orElse(code);
  }

  private String statementStep(ScoringMethod method, StatementResult statement) {
    int score = statement.score().orElseThrow().value();
    String name = framework.statement(statement.code()).map(QualityStatement::name).orElse("");
    if (method == ScoringMethod.STATEMENT_LEVEL) {
      return text("rating.step.statement", statement.code(), name, score);
    }
    String categories =
        statement.categoryScores().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                e ->
                    text(
                        "rating.step.category-score",
                        categoryLabel(e.getKey()),
                        e.getValue().value()))
            .collect(Collectors.joining(", "));
    int total = statement.categoryTotal();
    int maximum = statement.categoryMaximum();
    String key =
        (100 * total) % maximum == 0
            ? "rating.step.statement-categories-exact"
            : "rating.step.statement-categories";
    return text(
        key,
        statement.code(),
        name,
        categories,
        total,
        maximum,
        oneDecimal(Percentage.tenthsOf(total, maximum)),
        statement.categoryPercentage().orElseThrow().value(),
        score);
  }

  private String division(int total, int maximum, int tenths, RatingResult result) {
    String key =
        (100 * total) % maximum == 0 ? "rating.step.division-exact" : "rating.step.division";
    return text(key, total, maximum, oneDecimal(tenths), result.percentage().value());
  }

  private String move(RatingChange change, String direction, RatingResult result, boolean raise) {
    String to = word(change.to());
    if (change.unit() == RatingChange.Unit.CATEGORY_POINTS) {
      return change.points() == 1
          ? text("rating." + direction + ".category.one", to)
          : text("rating." + direction + ".category.many", change.points(), to);
    }
    if (change.points() > 1) {
      return text("rating." + direction + ".statement.many", change.points(), to);
    }
    // "Any statement" is only true if none is already at the end of the scale.
    int end = raise ? Score.MAX : Score.MIN;
    boolean someAtEnd =
        result.assessedStatements().stream().anyMatch(s -> s.score().orElseThrow().value() == end);
    String qualified = raise ? ".statement.one-below-4" : ".statement.one-above-1";
    return text("rating." + direction + (someAtEnd ? qualified : ".statement.one"), to);
  }

  /** "a", "a and b", "a, b and c". */
  private String list(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    if (items.size() == 2) {
      return text("rating.list.pair", items.get(0), items.get(1));
    }
    return text("rating.list.more", items.get(0), list(items.subList(1, items.size())));
  }

  private static String oneDecimal(int tenths) {
    return BigDecimal.valueOf(tenths, 1).toPlainString();
  }

  private static String text(String key, Object... arguments) {
    return RatingMessages.text(key, arguments);
  }
}
