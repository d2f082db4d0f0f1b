package uk.assure.report.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.Errors;

/** The narrative page's form: the council's context, people's experience and each statement. */
class NarrativeForm {

  static final String WHOLE_NUMBER = "|[0-9][0-9,]{0,14}";

  private int version;

  @Pattern(regexp = WHOLE_NUMBER, message = "{report.problem.population}")
  private String population = "";

  @Pattern(regexp = WHOLE_NUMBER, message = "{report.problem.budget}")
  private String netBudget = "";

  @Pattern(regexp = WHOLE_NUMBER, message = "{report.problem.spendPerAdult}")
  private String spendPerAdult = "";

  @Pattern(regexp = "|[0-9]{4}-[0-9]{2}", message = "{report.problem.financialYear}")
  private String financialYear = "";

  @Size(max = 500, message = "{report.problem.sourceTooLong}")
  private String source = "";

  @Size(max = 10000, message = "{report.problem.peopleExperienceTooLong}")
  private String peopleExperience = "";

  @Valid private List<StatementFields> statements = new ArrayList<>();

  /**
   * The population as a number, refusing it on the form when it is nought or too large; empty when
   * left blank or already refused.
   */
  Optional<Integer> population(Errors errors) {
    return whole(population, "population", errors);
  }

  /** The net budget in pounds, refusing it on the form when too large; empty when left blank. */
  Optional<Long> netBudget(Errors errors) {
    return whole(netBudget, "netBudget", errors).map(Integer::longValue);
  }

  /** The spend per adult in pounds, refusing it when too large; empty when left blank. */
  Optional<Integer> spendPerAdult(Errors errors) {
    return whole(spendPerAdult, "spendPerAdult", errors);
  }

  /** A whole number as typed, with commas and a pound sign allowed; empty when left blank. */
  private static Optional<Integer> whole(String typed, String field, Errors errors) {
    if (typed.isEmpty() || errors.hasFieldErrors(field)) {
      return Optional.empty();
    }
    try {
      int value = Integer.parseInt(typed.replace(",", ""));
      if (field.equals("population") && value == 0) {
        errors.rejectValue(field, "report.problem.population");
        return Optional.empty();
      }
      return Optional.of(value);
    } catch (NumberFormatException e) {
      errors.rejectValue(field, "report.problem.tooLarge");
      return Optional.empty();
    }
  }

  /** One statement's part of the form. */
  public static class StatementFields {

    private String code = "";

    @Size(max = 10000, message = "{report.problem.tooLong}")
    private String keyFindings = "";

    @Size(max = 10000, message = "{report.problem.tooLong}")
    private String strengths = "";

    @Size(max = 10000, message = "{report.problem.tooLong}")
    private String areasForDevelopment = "";

    private List<String> tags = new ArrayList<>();

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code == null ? "" : code;
    }

    public String getKeyFindings() {
      return keyFindings;
    }

    public void setKeyFindings(String keyFindings) {
      this.keyFindings = keyFindings == null ? "" : keyFindings;
    }

    public String getStrengths() {
      return strengths;
    }

    public void setStrengths(String strengths) {
      this.strengths = strengths == null ? "" : strengths;
    }

    public String getAreasForDevelopment() {
      return areasForDevelopment;
    }

    public void setAreasForDevelopment(String areasForDevelopment) {
      this.areasForDevelopment = areasForDevelopment == null ? "" : areasForDevelopment;
    }

    public List<String> getTags() {
      return tags;
    }

    public void setTags(List<String> tags) {
      this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public String getPopulation() {
    return population;
  }

  public void setPopulation(String population) {
    this.population = trim(population);
  }

  public String getNetBudget() {
    return netBudget;
  }

  public void setNetBudget(String netBudget) {
    this.netBudget = trim(netBudget);
  }

  public String getSpendPerAdult() {
    return spendPerAdult;
  }

  public void setSpendPerAdult(String spendPerAdult) {
    this.spendPerAdult = trim(spendPerAdult);
  }

  public String getFinancialYear() {
    return financialYear;
  }

  public void setFinancialYear(String financialYear) {
    this.financialYear = trim(financialYear);
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source == null ? "" : source;
  }

  public String getPeopleExperience() {
    return peopleExperience;
  }

  public void setPeopleExperience(String peopleExperience) {
    this.peopleExperience = peopleExperience == null ? "" : peopleExperience;
  }

  public List<StatementFields> getStatements() {
    return statements;
  }

  public void setStatements(List<StatementFields> statements) {
    this.statements = statements == null ? new ArrayList<>() : statements;
  }

  private static String trim(String value) {
    return value == null ? "" : value.strip();
  }
}
