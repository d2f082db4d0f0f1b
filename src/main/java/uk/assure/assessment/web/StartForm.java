package uk.assure.assessment.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.validation.BindingResult;
import uk.assure.rating.domain.ScoringMethod;

/** Starting an assessment: which council, under which method, from which date. */
class StartForm {

  private String council = "";
  private String method = ScoringMethod.STATEMENT_LEVEL.code();

  @NotNull(message = "{staff.start.date.missing}")
  @Min(value = 1, message = "{staff.start.date.invalid}")
  @Max(value = 31, message = "{staff.start.date.invalid}")
  private Integer day;

  @NotNull(message = "{staff.start.date.missing}")
  @Min(value = 1, message = "{staff.start.date.invalid}")
  @Max(value = 12, message = "{staff.start.date.invalid}")
  private Integer month;

  @NotNull(message = "{staff.start.date.missing}")
  @Min(value = 2023, message = "{staff.start.date.yearRange}")
  @Max(value = 2100, message = "{staff.start.date.yearRange}")
  private Integer year;

  public String getCouncil() {
    return council;
  }

  public void setCouncil(String council) {
    this.council = council == null ? "" : council;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public Integer getDay() {
    return day;
  }

  public void setDay(Integer day) {
    this.day = day;
  }

  public Integer getMonth() {
    return month;
  }

  public void setMonth(Integer month) {
    this.month = month;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  /** The method chosen, if it is one of the published methods. */
  Optional<ScoringMethod> method() {
    return Arrays.stream(ScoringMethod.values()).filter(m -> m.code().equals(method)).findFirst();
  }

  /** The start date given, or empty with an error on the day field when it is not a real date. */
  Optional<LocalDate> startedOn(BindingResult errors) {
    if (errors.hasFieldErrors("day")
        || errors.hasFieldErrors("month")
        || errors.hasFieldErrors("year")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      errors.rejectValue("day", "invalid");
      return Optional.empty();
    }
  }
}
