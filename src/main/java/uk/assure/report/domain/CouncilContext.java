package uk.assure.report.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The facts about a council that open its report, as figures with where they came from.
 *
 * @param population the council's population, where the assessors give one
 * @param netBudgetPounds the net adult social care budget, in whole pounds
 * @param spendPerAdultPounds net spend on adult social care per adult, in whole pounds
 * @param financialYear the year the financial figures are for, like 2024-25
 * @param source where the figures come from, as the report cites it
 */
public record CouncilContext(
    Optional<Integer> population,
    Optional<Long> netBudgetPounds,
    Optional<Integer> spendPerAdultPounds,
    Optional<String> financialYear,
    String source) {

  public static final int MAX_SOURCE = 500;
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}-[0-9]{2}");

  public static final CouncilContext NONE =
      new CouncilContext(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "");

  public CouncilContext {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(netBudgetPounds, "netBudgetPounds");
    Objects.requireNonNull(spendPerAdultPounds, "spendPerAdultPounds");
    Objects.requireNonNull(financialYear, "financialYear");
    source = Narrative.clean(Objects.requireNonNull(source, "source"), "source");
    if (population.filter(p -> p <= 0).isPresent()) {
      throw new IllegalArgumentException("A population is a positive number");
    }
    if (netBudgetPounds.filter(p -> p < 0).isPresent()
        || spendPerAdultPounds.filter(p -> p < 0).isPresent()) {
      throw new IllegalArgumentException("Budgets and spending are not negative");
    }
    if (financialYear.filter(y -> !isFinancialYear(y)).isPresent()) {
      throw new IllegalArgumentException("A financial year is written like 2024-25");
    }
    if (source.length() > MAX_SOURCE) {
      throw new IllegalArgumentException("A source is at most " + MAX_SOURCE + " characters");
    }
  }

  /** Whether a text names a financial year the usual way, 2024-25, with consecutive years. */
  public static boolean isFinancialYear(String text) {
    if (text == null || !YEAR.matcher(text).matches()) {
      return false;
    }
    int start = Integer.parseInt(text.substring(0, 4));
    return (start + 1) % 100 == Integer.parseInt(text.substring(5));
  }
}
