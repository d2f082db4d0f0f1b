package uk.assure.planning.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What every plan must respect. The name is the solver's constraint name; the message key explains
 * the rule to a planner when a plan cannot keep it.
 */
public enum HardRule {
  ROLE("Person fits the role", "planning.rule.role"),
  TWICE_IN_TEAM("Nobody twice in one team", "planning.rule.twice-in-team"),
  SOCIAL_WORK("Social work skills on every team", "planning.rule.social-work"),
  NOTICE("At least six weeks' notice", "planning.rule.notice"),
  BANK_HOLIDAY("No site visit in a bank holiday week", "planning.rule.bank-holiday"),
  BLACKOUT("No site visit in a blackout period", "planning.rule.blackout"),
  SAME_WEEK("Nobody on two site visits in one week", "planning.rule.same-week"),
  REST_WEEK("A week without a visit between two visits", "planning.rule.rest-week"),
  AWAY("Nobody on a visit while away", "planning.rule.away"),
  CONFLICT("Nobody on a council they are conflicted with", "planning.rule.conflict"),
  WEEK_CAPACITY("At most the panel's capacity of visits in a week", "planning.rule.capacity");

  private final String constraintName;
  private final String messageKey;

  HardRule(String constraintName, String messageKey) {
    this.constraintName = constraintName;
    this.messageKey = messageKey;
  }

  public String constraintName() {
    return constraintName;
  }

  public String messageKey() {
    return messageKey;
  }

  public static Optional<HardRule> named(String constraintName) {
    return Arrays.stream(values()).filter(r -> r.constraintName.equals(constraintName)).findFirst();
  }
}
