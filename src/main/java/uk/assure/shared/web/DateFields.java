package uk.assure.shared.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/**
 * A GOV.UK date input's three fields (day, month, year) for a form to extend; shown by the {@code
 * dateInput} fragment in {@code fragments/forms.html}.
 */
public abstract class DateFields {

  @NotNull(message = "{form.date.missing}")
  @Min(value = 1, message = "{form.date.invalid}")
  @Max(value = 31, message = "{form.date.invalid}")
  private Integer day;

  @NotNull(message = "{form.date.missing}")
  @Min(value = 1, message = "{form.date.invalid}")
  @Max(value = 12, message = "{form.date.invalid}")
  private Integer month;

  @NotNull(message = "{form.date.missing}")
  @Min(value = 2020, message = "{form.date.yearRange}")
  @Max(value = 2100, message = "{form.date.yearRange}")
  private Integer year;

  /** The date given, or empty with an error on the day field when it is not a real date. */
  public Optional<LocalDate> date(BindingResult errors) {
    if (errors.hasFieldErrors("day")
        || errors.hasFieldErrors("month")
        || errors.hasFieldErrors("year")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      errors.rejectValue("day", "form.date.invalid");
      return Optional.empty();
    }
  }

  /** Fills the fields from a date. */
  public void fill(LocalDate date) {
    day = date.getDayOfMonth();
    month = date.getMonthValue();
    year = date.getYear();
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
}
