package uk.assure.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;
import uk.assure.security.domain.Role;

/**
 * Who may use each route: the one place access is declared. Rules are read in order and the first
 * that matches a request decides; a request no rule matches is refused, and a test fails the build
 * for any route the application exposes without a rule.
 */
public final class AccessRules {

  /**
   * Who a rule lets in: everyone ({@code open}), people half-way through signing in who must give a
   * second-factor code ({@code secondFactor}), or signed-in people with one of the roles.
   */
  public record Rule(
      HttpMethod method, String pattern, boolean open, boolean secondFactor, Set<Role> roles) {

    /** Whether the rule covers a request; "/staff/**" covers "/staff" itself too. */
    public boolean matches(HttpMethod requestMethod, String path) {
      return (method == null || method.equals(requestMethod))
          && PARSER.parse(pattern).matches(PathContainer.parsePath(path));
    }

    public boolean allows(Optional<Role> role) {
      return open || role.map(roles::contains).orElse(false);
    }
  }

  private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;
  private static final Set<Role> STAFF =
      EnumSet.of(Role.ADMIN, Role.LEAD_ASSESSOR, Role.ASSESSOR, Role.ANALYST, Role.PANEL);
  private static final Set<Role> LEADS = EnumSet.of(Role.ADMIN, Role.LEAD_ASSESSOR);
  private static final Set<Role> SCORERS =
      EnumSet.of(Role.ADMIN, Role.LEAD_ASSESSOR, Role.ASSESSOR);

  public static final List<Rule> RULES =
      List.of(
          // Public pages and the public API.
          open(HttpMethod.GET, "/"),
          open(HttpMethod.GET, "/councils"),
          open(HttpMethod.GET, "/councils/{gss}"),
          open(HttpMethod.GET, "/councils/{gss}/indicators"),
          open(HttpMethod.GET, "/councils/{gss}/indicators.csv"),
          open(HttpMethod.GET, "/councils/{gss}/report"),
          open(HttpMethod.GET, "/councils/{gss}/report.pdf"),
          open(HttpMethod.GET, "/councils/{gss}/reports/{version}"),
          open(HttpMethod.GET, "/councils/{gss}/reports/{version}.pdf"),
          open(HttpMethod.GET, "/national"),
          open(HttpMethod.GET, "/open-data"),
          open(HttpMethod.GET, "/open-data/ratings.csv"),
          open(HttpMethod.GET, "/open-data/ratings.json"),
          open(HttpMethod.GET, "/open-data/ratings.xlsx"),
          open(HttpMethod.GET, "/framework"),
          open(HttpMethod.GET, "/about"),
          open(null, "/feedback"),
          open(null, "/feedback/professional"),
          open(HttpMethod.GET, "/feedback/sent"),
          open(HttpMethod.GET, "/api/v1/councils"),
          open(HttpMethod.GET, "/api/v1/councils/{gss}"),
          open(HttpMethod.GET, "/api/v1/councils/{gss}/indicators"),
          open(HttpMethod.GET, "/api/v1/councils/{gss}/care-market"),
          open(HttpMethod.GET, "/api/v1/care-market"),
          open(HttpMethod.POST, "/api/v1/ratings/calculate"),
          open(HttpMethod.GET, "/v3/api-docs/**"),
          // Signing in and accounts.
          open(HttpMethod.GET, "/sign-in"),
          open(HttpMethod.POST, "/sign-in"),
          open(HttpMethod.GET, "/signed-out"),
          secondFactor("/sign-in/code"),
          secondFactor("/sign-in/set-up-code"),
          open(null, "/invitations/{token}"),
          open(null, "/sign-in/forgotten"),
          open(HttpMethod.GET, "/sign-in/forgotten/sent"),
          open(null, "/password-reset/{token}"),
          open(HttpMethod.GET, "/oauth2/authorization/{registration}"),
          open(HttpMethod.GET, "/login/oauth2/code/{registration}"),
          // Static files and error pages.
          open(HttpMethod.GET, "/webjars/**"),
          open(HttpMethod.GET, "/css/**"),
          open(HttpMethod.GET, "/js/**"),
          open(HttpMethod.GET, "/favicon.ico"),
          open(null, "/error"),
          // Staff. Administrators keep councils' contacts and the wording of letters.
          roles(null, "/staff/admin/councils/**", EnumSet.of(Role.ADMIN)),
          roles(null, "/staff/admin/letters/**", EnumSet.of(Role.ADMIN)),
          roles(null, "/staff/admin/**", EnumSet.of(Role.ADMIN)),
          // Moving an assessment, its dates and withdrawing it: the forms and their posts.
          roles(null, "/staff/assessments/{id}/stage", LEADS),
          roles(null, "/staff/assessments/{id}/site-visit", LEADS),
          roles(null, "/staff/assessments/{id}/information-return/due", LEADS),
          roles(null, "/staff/assessments/{id}/withdraw", LEADS),
          // Teams are kept by lead assessors and admins; every person declares their conflicts.
          roles(HttpMethod.POST, "/staff/assessments/{id}/team/**", LEADS),
          roles(
              HttpMethod.GET,
              "/staff/assessments",
              EnumSet.of(Role.ADMIN, Role.LEAD_ASSESSOR, Role.PANEL)),
          roles(HttpMethod.POST, "/staff/conflicts", STAFF),
          // The scoring workbench: assessors judge; the panel and admins may read.
          roles(
              HttpMethod.POST,
              "/staff/assessments/{id}/statements/**",
              EnumSet.of(Role.LEAD_ASSESSOR, Role.ASSESSOR)),
          roles(
              HttpMethod.GET,
              "/staff/assessments/{id}/statements/**",
              EnumSet.of(Role.ADMIN, Role.LEAD_ASSESSOR, Role.ASSESSOR, Role.PANEL)),
          // The calibration panel decides; lead assessors and admins may read.
          roles(HttpMethod.POST, "/staff/calibration/**", EnumSet.of(Role.PANEL)),
          roles(
              HttpMethod.GET,
              "/staff/calibration/**",
              EnumSet.of(Role.ADMIN, Role.LEAD_ASSESSOR, Role.PANEL)),
          // Reports: every staff role reads them; those who score write their narrative.
          roles(HttpMethod.POST, "/staff/assessments/{id}/report", SCORERS),
          roles(HttpMethod.GET, "/staff/assessments/{id}/report", STAFF),
          roles(HttpMethod.GET, "/staff/assessments/{id}/report/preview", STAFF),
          roles(HttpMethod.GET, "/staff/assessments/{id}/report.pdf", STAFF),
          roles(HttpMethod.GET, "/staff/assessments/{id}/report.docx", STAFF),
          // Factual accuracy check, publication and reviews of ratings.
          roles(
              HttpMethod.POST,
              "/staff/assessments/{id}/factual-accuracy/comments/{commentId}",
              SCORERS),
          roles(HttpMethod.POST, "/staff/assessments/{id}/publication/amendments", LEADS),
          roles(HttpMethod.POST, "/staff/assessments/{id}/review-requests", LEADS),
          roles(HttpMethod.POST, "/staff/review-requests/{reviewId}", LEADS),
          roles(HttpMethod.GET, "/staff/review-requests/**", STAFF),
          roles(HttpMethod.POST, "/staff/assessments/**", SCORERS),
          roles(HttpMethod.POST, "/staff/indicators/**", EnumSet.of(Role.ADMIN, Role.ANALYST)),
          roles(HttpMethod.GET, "/staff/**", STAFF),
          // Council users: their own council only, checked again against each object.
          roles(null, "/council/assessments/{id}/factual-accuracy/**", EnumSet.of(Role.COUNCIL)),
          roles(null, "/council/assessments/{id}/review-requests", EnumSet.of(Role.COUNCIL)),
          roles(null, "/council/contacts/**", EnumSet.of(Role.COUNCIL)),
          roles(null, "/council/**", EnumSet.of(Role.COUNCIL)),
          // Everyone signed in.
          roles(HttpMethod.POST, "/sign-out", EnumSet.allOf(Role.class)));

  private AccessRules() {}

  /** The rule that decides a request, if any. */
  public static Optional<Rule> ruleFor(HttpMethod method, String path) {
    return RULES.stream().filter(rule -> rule.matches(method, path)).findFirst();
  }

  private static Rule open(HttpMethod method, String pattern) {
    return new Rule(method, pattern, true, false, Set.of());
  }

  private static Rule secondFactor(String pattern) {
    return new Rule(null, pattern, false, true, Set.of());
  }

  private static Rule roles(HttpMethod method, String pattern, Set<Role> roles) {
    return new Rule(method, pattern, false, false, Set.copyOf(roles));
  }

  static String[] authorityNames(Set<Role> roles) {
    return Arrays.stream(Role.values())
        .filter(roles::contains)
        .map(Role::authorityName)
        .toArray(String[]::new);
  }
}
