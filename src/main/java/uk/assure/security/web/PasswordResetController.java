package uk.assure.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.assure.security.PasswordResets;

/** Asking for a reset link, and choosing a new password with it. */
@Controller
class PasswordResetController {

  private final PasswordResets resets;

  PasswordResetController(PasswordResets resets) {
    this.resets = resets;
  }

  @GetMapping("/sign-in/forgotten")
  String askPage(Model model) {
    model.addAttribute("forgottenForm", new ForgottenForm());
    return "security/forgotten";
  }

  @PostMapping("/sign-in/forgotten")
  String ask(
      @Valid @ModelAttribute ForgottenForm forgottenForm,
      BindingResult errors,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (errors.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "security/forgotten";
    }
    resets.request(forgottenForm.getEmail(), request.getRemoteAddr());
    return "redirect:/sign-in/forgotten/sent";
  }

  @GetMapping("/sign-in/forgotten/sent")
  String sent() {
    return "security/forgotten-sent";
  }

  @GetMapping("/password-reset/{token}")
  String resetPage(@PathVariable String token, Model model, HttpServletResponse response) {
    if (resets.holder(token).isEmpty()) {
      return invalid(response);
    }
    model.addAttribute("passwordForm", new PasswordForm());
    model.addAttribute("token", token);
    return "security/password-reset";
  }

  @PostMapping("/password-reset/{token}")
  String reset(
      @PathVariable String token,
      @Valid @ModelAttribute PasswordForm passwordForm,
      BindingResult errors,
      Model model,
      HttpServletResponse response) {
    if (resets.holder(token).isEmpty()) {
      return invalid(response);
    }
    if (errors.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("token", token);
      return "security/password-reset";
    }
    if (!resets.reset(token, passwordForm.getPassword())) {
      return invalid(response);
    }
    return "redirect:/sign-in?reset";
  }

  private static String invalid(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "security/invitation-invalid";
  }
}
