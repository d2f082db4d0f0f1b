package uk.assure.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in and signed-out pages; Spring Security checks the posted email and password. */
@Controller
class SignInController {

  @GetMapping("/sign-in")
  String signIn(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String locked,
      @RequestParam(required = false) String invited,
      Model model) {
    if (locked != null) {
      model.addAttribute("problem", "signIn.locked");
    } else if (error != null) {
      model.addAttribute("problem", "signIn.error");
    }
    if (invited != null) {
      model.addAttribute("notice", "signIn.invited");
    }
    return "security/sign-in";
  }

  @GetMapping("/signed-out")
  String signedOut() {
    return "security/signed-out";
  }
}
