package uk.assure.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.AssureUser;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.NeedToKnow;
import uk.assure.security.domain.Role;
import uk.assure.testing.Councils;

/**
 * Every staff route that names an assessment, walked as people on and off its team: assessors and
 * lead assessors who are not on the team get "page not found" everywhere, as councils do for other
 * councils' work. Routes are found from the controllers, so a new page is covered at once.
 */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class NeedToKnowRoutesTest {

  private static final String HAVERING = Councils.claim(NeedToKnowRoutesTest.class, "E09000016");

  @Autowired MockMvc mvc;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentJourney journey;
  @Autowired TeamFixture team;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping controllers;

  record Route(HttpMethod method, String pattern) {
    String path(AssessmentId id) {
      return pattern.replace("{id}", id.toString()).replaceAll("\\{[^}]+}", "sample");
    }
  }

  private AssessmentId assessment;

  @BeforeEach
  void anAssessmentOfHavering() {
    assessment =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            new GssCode(HAVERING),
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.now(),
            "someone-else@example.org");
  }

  @Test
  void assessorsAndLeadsOffTheTeamFindNoPageAboutTheAssessment() throws Exception {
    List<Route> routes = routes();
    assertThat(routes.stream().filter(r -> r.method() == HttpMethod.GET)).hasSizeGreaterThan(25);
    List<String> wrong = new ArrayList<>();
    for (Role role : new Role[] {Role.ASSESSOR, Role.LEAD_ASSESSOR}) {
      AssureUser offTeam = TestUsers.withRole(role);
      for (Route route : routes) {
        int status = status(route, offTeam);
        // Refused by the access rules first (403) is as good; anything else reveals the page.
        if (status != 404 && status != 403) {
          wrong.add(route + " for " + role.code() + " off the team: " + status);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void onTheTeamTheyOpenWhatAnAdministratorCan() throws Exception {
    AssureUser assessor = TestUsers.withRole(Role.ASSESSOR);
    team.onTeam(assessment, assessor);
    List<String> wrong = new ArrayList<>();
    for (Route route : routes()) {
      if (route.method() != HttpMethod.GET) {
        continue;
      }
      int asAdmin = status(route, TestUsers.withRole(Role.ADMIN));
      int asAssessor = status(route, assessor);
      if (asAssessor == 404 && asAdmin != 404) {
        wrong.add(route + ": the admin got " + asAdmin + " but the assessor on the team 404");
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(status(new Route(HttpMethod.GET, "/staff/assessments/{id}"), assessor))
        .isEqualTo(200);
  }

  @Test
  void analystsFindNoFeedbackOrCaseListsButSeeTheRest() throws Exception {
    AssureUser analyst = TestUsers.withRole(Role.ANALYST);
    for (Route route : routes()) {
      if (route.method() == HttpMethod.GET
          && (route.pattern().startsWith("/staff/assessments/{id}/feedback")
              || route.pattern().startsWith("/staff/assessments/{id}/cases"))) {
        assertThat(status(route, analyst)).as(route.toString()).isEqualTo(404);
      }
    }
    assertThat(status(new Route(HttpMethod.GET, "/staff/assessments/{id}"), analyst))
        .isEqualTo(200);
    assertThat(status(new Route(HttpMethod.GET, "/staff/assessments/{id}/evidence"), analyst))
        .isEqualTo(200);
  }

  @Test
  void adminsAndThePanelKeepTheirViews() throws Exception {
    for (Role role : new Role[] {Role.ADMIN, Role.PANEL}) {
      assertThat(
              status(
                  new Route(HttpMethod.GET, "/staff/assessments/{id}"), TestUsers.withRole(role)))
          .isEqualTo(200);
    }
  }

  private int status(Route route, AssureUser person) throws Exception {
    return mvc.perform(
            request(route.method(), route.path(assessment))
                .with(csrf())
                .with(user(person))
                .accept("text/html"))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    controllers
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              for (String pattern : info.getPatternValues()) {
                if (NeedToKnow.namesAnAssessment(pattern)) {
                  for (RequestMethod method :
                      methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(method.asHttpMethod(), pattern));
                  }
                }
              }
            });
    return routes;
  }
}
