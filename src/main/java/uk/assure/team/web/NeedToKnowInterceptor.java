package uk.assure.team.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.security.AssureUser;
import uk.assure.security.domain.NeedToKnow;
import uk.assure.shared.web.NotFound;
import uk.assure.team.AssessmentTeams;

/**
 * Checks every staff route that names an assessment against {@link NeedToKnow} before its
 * controller runs, so a new page about an assessment is covered without doing anything. Refusals
 * are "page not found", revealing nothing about the assessment.
 */
@Configuration(proxyBeanMethods = false)
class NeedToKnowInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  private final AssessmentTeams teams;

  NeedToKnowInterceptor(AssessmentTeams teams) {
    this.teams = teams;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/staff/**");
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod)
        || !(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
            instanceof String pattern)
        || !NeedToKnow.namesAnAssessment(pattern)) {
      return true;
    }
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null || !(signedIn.getPrincipal() instanceof AssureUser user)) {
      return true;
    }
    Optional<AssessmentId> assessment = assessmentIn(request);
    if (!NeedToKnow.allows(
        user.role(),
        pattern,
        () -> assessment.map(id -> teams.onTeam(id, user.id())).orElse(false))) {
      throw new NotFound();
    }
    return true;
  }

  private static Optional<AssessmentId> assessmentIn(HttpServletRequest request) {
    if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
        instanceof Map<?, ?> variables)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(variables.get("id"))
          .map(id -> new AssessmentId(UUID.fromString(id.toString())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
