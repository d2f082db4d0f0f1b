package uk.assure.security.domain;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Who among the regulator's staff may open a page about one assessment, given the route it is
 * served by. Assessors and lead assessors work only on the assessments whose team they are on;
 * analysts see what their imports need but not people's feedback (with its contact details) or the
 * councils' case lists; administrators and the calibration panel see every assessment. Whatever is
 * refused is answered "page not found", as councils are for other councils' work.
 */
public final class NeedToKnow {

  /** Routes that name an assessment by its {@code {id}}. */
  static final List<String> NAMING_AN_ASSESSMENT =
      List.of("/staff/assessments/{id}", "/staff/calibration/{id}");

  /** Routes under an assessment that hold personal data analysts have no need for. */
  static final List<String> PERSONAL_DATA =
      List.of("/staff/assessments/{id}/feedback", "/staff/assessments/{id}/cases");

  private NeedToKnow() {}

  /** Whether the route pattern names an assessment, so its {@code id} is checked. */
  public static boolean namesAnAssessment(String pattern) {
    return NAMING_AN_ASSESSMENT.stream().anyMatch(p -> under(pattern, p));
  }

  /**
   * Whether a person with the role may open the route about the assessment.
   *
   * @param pattern the route's pattern, as the controller declares it
   * @param onTeam whether the person is on the assessment's team, asked only when it matters
   */
  public static boolean allows(Role role, String pattern, BooleanSupplier onTeam) {
    if (!namesAnAssessment(pattern)) {
      return true;
    }
    return switch (role) {
      case ADMIN, PANEL -> true;
      case LEAD_ASSESSOR, ASSESSOR -> onTeam.getAsBoolean();
      case ANALYST -> PERSONAL_DATA.stream().noneMatch(p -> under(pattern, p));
      case COUNCIL -> false;
    };
  }

  private static boolean under(String pattern, String prefix) {
    return pattern.equals(prefix) || pattern.startsWith(prefix + "/");
  }
}
