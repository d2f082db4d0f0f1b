package uk.assure.security.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.assure.security.Invitations;
import uk.assure.security.domain.UserAccount;

/** An invited person follows their link once and chooses a password. */
@Controller
class InvitationController {

  private final Invitations invitations;

  InvitationController(Invitations invitations) {
    this.invitations = invitations;
  }

  @GetMapping("/invitations/{token}")
  String show(@PathVariable String token, Model model, HttpServletResponse response) {
    Optional<UserAccount> invited = invitations.invited(token);
    if (invited.isEmpty()) {
      return invalid(response);
    }
    model.addAttribute("passwordForm", new PasswordForm());
    return page(token, invited.get(), model);
  }

  @PostMapping("/invitations/{token}")
  String accept(
      @PathVariable String token,
      @Valid @ModelAttribute PasswordForm passwordForm,
      BindingResult errors,
      Model model,
      HttpServletResponse response) {
    Optional<UserAccount> invited = invitations.invited(token);
    if (invited.isEmpty()) {
      return invalid(response);
    }
    if (errors.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(token, invited.get(), model);
    }
    if (!invitations.accept(token, passwordForm.getPassword())) {
      return invalid(response);
    }
    return "redirect:/sign-in?invited";
  }

  private static String invalid(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "security/invitation-invalid";
  }

  private static String page(String token, UserAccount account, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("email", account.email().value());
    return "security/invitation";
  }
}
