package uk.assure.security.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.assure.security.SingleSignOn;

/** The sign-in and signed-out pages; Spring Security checks the posted email and password. */
@Controller
class SignInController {

  private final SingleSignOn singleSignOn;

  SignInController(SingleSignOn singleSignOn) {
    this.singleSignOn = singleSignOn;
  }

  @GetMapping("/sign-in")
  String signIn(@RequestParam Map<String, String> flags, Model model) {
    model.addAttribute("singleSignOn", singleSignOn.enabled());
    if (flags.containsKey("sso-refused")) {
      model.addAttribute("problem", "signIn.ssoRefused");
    } else if (flags.containsKey("locked")) {
      model.addAttribute("problem", "signIn.locked");
    } else if (flags.containsKey("error")) {
      model.addAttribute("problem", "signIn.error");
    }
    if (flags.containsKey("invited")) {
      model.addAttribute("notice", "signIn.invited");
    } else if (flags.containsKey("reset")) {
      model.addAttribute("notice", "signIn.reset");
    }
    return "security/sign-in";
  }

  @GetMapping("/signed-out")
  String signedOut() {
    return "security/signed-out";
  }
}
