package uk.assure.rating.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import uk.assure.framework.FrameworkFile;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.Framework;
import uk.assure.rating.RatingExplanation;
import uk.assure.rating.RatingMessages;
import uk.assure.rating.api.RatingResponse;
import uk.assure.rating.domain.InputProblem;
import uk.assure.rating.domain.PublishedRatingRules;
import uk.assure.rating.domain.RatingOutcome;
import uk.assure.rating.domain.RatingPolicy;
import uk.assure.rating.domain.RatingRequest;
import uk.assure.rating.domain.RatingResult;
import uk.assure.rating.domain.ScoringMethod;

/**
 * {@code assure rate 3 3 4 3 4 4 3 4 4}: works out a rating from scores given on the command line,
 * with the same rules, words and JSON as the web service, but without starting it or a database.
 *
 * <p>Exit codes: 0 rated; 2 the scores cannot be rated (the reason is on standard error).
 */
@Command(
    name = "rate",
    mixinStandardHelpOptions = true,
    resourceBundle = "messages",
    description = "${bundle:rating.cli.description}")
public final class RateCommand implements Callable<Integer> {

  private static final String NOT_ASSESSED = "-";
  private static final List<String> NOTHING_ASSESSED_FIELDS = List.of("scores", "categoryScores");
  private static final List<EvidenceCategory> CATEGORY_ORDER =
      List.of(
          EvidenceCategory.PEOPLE_EXPERIENCE,
          EvidenceCategory.FEEDBACK_STAFF_LEADERS,
          EvidenceCategory.FEEDBACK_PARTNERS,
          EvidenceCategory.PROCESSES);

  @Parameters(paramLabel = "SCORE", arity = "0..*", descriptionKey = "rating.cli.scores")
  private List<String> scores = new ArrayList<>();

  @Option(
      names = "--method",
      paramLabel = "METHOD",
      defaultValue = "2024-12",
      descriptionKey = "rating.cli.method")
  private String method;

  @Option(names = "--json", descriptionKey = "rating.cli.json")
  private boolean json;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Framework framework = FrameworkFile.bundled(PublishedRatingRules.RULES);
    List<String> codes = framework.statementCodes();
    if (scores.size() != codes.size()) {
      err.println(
          text(
              "rating.cli.wrong-count",
              codes.size(),
              codes.get(0),
              codes.get(codes.size() - 1),
              scores.size()));
      return ExitCode.USAGE;
    }
    List<String> problems = new ArrayList<>();
    RatingRequest request = request(codes, problems);
    RatingOutcome outcome = new RatingPolicy(codes).rate(request);
    if (outcome instanceof RatingOutcome.Refused refused) {
      refused.problems().stream()
          // With unreadable scores left out, "nothing was assessed" would mislead.
          .filter(p -> problems.isEmpty() || !NOTHING_ASSESSED_FIELDS.contains(p.field()))
          .map(InputProblem::message)
          .forEach(problems::add);
    }
    if (!problems.isEmpty()) {
      problems.forEach(err::println);
      return ExitCode.USAGE;
    }
    print(outcome.orElseThrow(), framework, out);
    return ExitCode.OK;
  }

  private RatingRequest request(List<String> codes, List<String> problems) {
    if (!ScoringMethod.EVIDENCE_CATEGORY.code().equals(method)) {
      Map<String, Integer> statementScores = new LinkedHashMap<>();
      for (int i = 0; i < codes.size(); i++) {
        String code = codes.get(i);
        String given = scores.get(i);
        if (!NOT_ASSESSED.equals(given)) {
          Optional<Integer> score = number(given);
          if (score.isPresent()) {
            statementScores.put(code, score.get());
          } else {
            problems.add(text("rating.cli.not-a-score", code, given));
          }
        }
      }
      // An unknown method is refused by the policy, which names the methods it knows.
      return new RatingRequest(method, statementScores, null);
    }
    Map<String, Map<String, Integer>> categoryScores = new LinkedHashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      String given = scores.get(i);
      if (!NOT_ASSESSED.equals(given)) {
        Optional<Map<String, Integer>> categories = categories(given);
        if (categories.isPresent()) {
          categoryScores.put(code, categories.get());
        } else {
          problems.add(text("rating.cli.not-category-scores", code, given));
        }
      }
    }
    return RatingRequest.evidenceCategory(categoryScores);
  }

  /** "3,-,3,2": the four council categories in order, - for one not scored. */
  private static Optional<Map<String, Integer>> categories(String given) {
    String[] parts = given.split(",", -1);
    if (parts.length != CATEGORY_ORDER.size()) {
      return Optional.empty();
    }
    Map<String, Integer> categories = new LinkedHashMap<>();
    for (int c = 0; c < parts.length; c++) {
      String part = parts[c].strip();
      if (!NOT_ASSESSED.equals(part)) {
        Optional<Integer> score = number(part);
        if (score.isEmpty()) {
          return Optional.empty();
        }
        categories.put(CATEGORY_ORDER.get(c).code(), score.get());
      }
    }
    return Optional.of(categories);
  }

  private static Optional<Integer> number(String given) {
    if (!given.matches("[0-9]{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(given));
  }

  private void print(RatingResult result, Framework framework, PrintWriter out) {
    RatingExplanation explanation = new RatingExplanation(framework);
    if (json) {
      JsonMapper mapper = JsonMapper.builder().build();
      out.println(mapper.writeValueAsString(RatingResponse.of(result, framework, explanation)));
      out.flush();
      return;
    }
    out.println(explanation.summary(result));
    out.println(explanation.position(result));
    out.println();
    out.println(text("rating.cli.heading.steps"));
    explanation.steps(result).forEach(step -> out.println("  " + step));
    List<String> moves = new ArrayList<>();
    explanation.wouldRaise(result).ifPresent(moves::add);
    explanation.wouldLower(result).ifPresent(moves::add);
    if (!moves.isEmpty()) {
      out.println();
      out.println(text("rating.cli.heading.moves"));
      moves.forEach(move -> out.println("  " + move));
    }
    out.flush();
  }

  private static String text(String key, Object... arguments) {
    return RatingMessages.text(key, arguments);
  }
}
