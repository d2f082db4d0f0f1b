package uk.assure.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.security.AssureUser;
import uk.assure.security.SecondFactorSignIn;
import uk.assure.security.SignInThrottle;
import uk.assure.security.TotpCodes;
import uk.assure.security.UserAccounts;

/** Entering, or first setting up, the code from an authenticator app after the password. */
@Controller
class SecondFactorController {

  private static final String NEW_SECRET = "assure.secondFactor.newSecret";

  private final SecondFactorSignIn signIn;
  private final TotpCodes codes;
  private final UserAccounts accounts;
  private final SignInThrottle throttle;
  private final AuditTrail audit;

  SecondFactorController(
      SecondFactorSignIn signIn,
      TotpCodes codes,
      UserAccounts accounts,
      SignInThrottle throttle,
      AuditTrail audit) {
    this.audit = audit;
    this.signIn = signIn;
    this.codes = codes;
    this.accounts = accounts;
    this.throttle = throttle;
  }

  @GetMapping("/sign-in/code")
  String codePage() {
    pendingUser();
    return "security/code";
  }

  @PostMapping("/sign-in/code")
  String checkCode(
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    AssureUser user = pendingUser();
    String secret = accounts.find(user.id()).flatMap(a -> a.totpSecret()).orElse(null);
    String address = request.getRemoteAddr();
    if (throttle.blocked(SignInThrottle.Attempt.SECOND_FACTOR, user.email(), address)) {
      return refuse("signIn.locked", "security/code", model, response);
    }
    if (secret == null || !codes.matches(secret, code)) {
      throttle.recordFailure(SignInThrottle.Attempt.SECOND_FACTOR, user.email(), address);
      return refuse("secondFactor.code.wrong", "security/code", model, response);
    }
    signIn.complete(user, request, response);
    return "redirect:" + (user.role().staff() ? "/staff" : "/council");
  }

  @GetMapping("/sign-in/set-up-code")
  String setUpPage(HttpSession session, Model model) {
    AssureUser user = pendingUser();
    String secret = (String) session.getAttribute(NEW_SECRET);
    if (secret == null) {
      secret = codes.newSecret();
      session.setAttribute(NEW_SECRET, secret);
    }
    return setUpModel(user, secret, model);
  }

  @PostMapping("/sign-in/set-up-code")
  String setUp(
      @RequestParam(defaultValue = "") String code,
      HttpSession session,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    AssureUser user = pendingUser();
    String secret = (String) session.getAttribute(NEW_SECRET);
    if (secret == null) {
      return "redirect:/sign-in/set-up-code";
    }
    if (!codes.matches(secret, code)) {
      throttle.recordFailure(
          SignInThrottle.Attempt.SECOND_FACTOR, user.email(), request.getRemoteAddr());
      model.addAttribute("problem", "secondFactor.code.wrong");
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return setUpModel(user, secret, model);
    }
    accounts.setSecondFactorSecret(user.id(), secret);
    audit.record(
        AuditRecord.of(AuditAction.SECOND_FACTOR_SET_UP, user.email())
            .withRole(user.role().code())
            .from(request.getRemoteAddr()));
    session.removeAttribute(NEW_SECRET);
    signIn.complete(user, request, response);
    return "redirect:/staff";
  }

  private AssureUser pendingUser() {
    return signIn.pending().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
  }

  private String setUpModel(AssureUser user, String secret, Model model) {
    model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
    model.addAttribute("uri", codes.provisioningUri(secret, user.email()));
    return "security/set-up-code";
  }

  private static String refuse(
      String problem, String view, Model model, HttpServletResponse response) {
    model.addAttribute("problem", problem);
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return view;
  }
}
