package uk.assure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.assure.security.domain.Role;

/**
 * Every route the application exposes has a declared rule, and every role (and the public) gets
 * exactly what that rule says. A new controller route without a rule fails this test.
 */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class AccessRulesTest {

  @Autowired MockMvc mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping controllers;

  record Route(HttpMethod method, String path) {}

  @Test
  void everyRouteHasADeclaredRule() {
    List<Route> withoutRule =
        routes().stream()
            .filter(route -> AccessRules.ruleFor(route.method(), route.path()).isEmpty())
            .toList();

    assertThat(routes()).hasSizeGreaterThan(10);
    assertThat(withoutRule).as("routes with no access rule in AccessRules").isEmpty();
  }

  @Test
  void everyRoleAndThePublicGetWhatEachRuleSays() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Route route : routes()) {
      AccessRules.Rule rule = AccessRules.ruleFor(route.method(), route.path()).orElseThrow();
      List<Optional<Role>> people = new ArrayList<>();
      people.add(Optional.empty());
      for (Role role : Role.values()) {
        people.add(Optional.of(role));
      }
      for (Optional<Role> person : people) {
        MockHttpServletRequestBuilder call =
            request(route.method(), route.path()).with(csrf()).accept("text/html");
        if (person.isPresent()) {
          call = call.with(user(TestUsers.withRole(person.get())));
        }
        MvcResult result = mvc.perform(call).andReturn();
        boolean let = letThrough(result);
        if (let != rule.allows(person)) {
          wrong.add(
              route
                  + " for "
                  + person.map(Role::code).orElse("the public")
                  + ": expected "
                  + (rule.allows(person) ? "access" : "refusal")
                  + " but got "
                  + result.getResponse().getStatus()
                  + " "
                  + Optional.ofNullable(result.getResponse().getRedirectedUrl()).orElse(""));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Refused means sent to sign in, or 401/403; anything else got past the access rules. */
  private static boolean letThrough(MvcResult result) {
    int status = result.getResponse().getStatus();
    String redirect = result.getResponse().getRedirectedUrl();
    boolean toSignIn = redirect != null && redirect.contains("/sign-in");
    return status != 401 && status != 403 && !toSignIn;
  }

  private List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    controllers
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              if (handler.getBeanType().getPackageName().startsWith("uk.assure")
                  || handler.getBeanType().getSimpleName().equals("BasicErrorController")) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                  for (RequestMethod method :
                      methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(method.asHttpMethod(), sample(pattern)));
                  }
                }
              }
            });
    return routes;
  }

  private static String sample(String pattern) {
    return pattern
        .replace("{gss}", "E09000007")
        .replace("{id}", UUID.randomUUID().toString())
        .replace("{token}", "not-a-real-token")
        .replaceAll("\\{[^}]+}", "sample");
  }
}
