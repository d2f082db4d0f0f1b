package uk.assure.letters.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.assure.letters.Letters;
import uk.assure.letters.domain.LetterKind;
import uk.assure.letters.domain.LetterTemplate;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.NotFound;
import uk.assure.shared.web.Refusals;

/** Administrators: the wording of every letter and message Assure sends. */
@Controller
class LetterTemplatesController {

  private final Letters letters;

  LetterTemplatesController(Letters letters) {
    this.letters = letters;
  }

  @GetMapping("/staff/admin/letters")
  String list(Model model) {
    model.addAttribute("templates", letters.templates());
    return "letters/templates";
  }

  @GetMapping("/staff/admin/letters/{kind}")
  String edit(@PathVariable String kind, Model model) {
    LetterTemplate template = letters.template(kind(kind));
    TemplateForm form = new TemplateForm();
    form.setSubject(template.subject());
    form.setBody(template.body());
    form.setVersion(template.version());
    model.addAttribute("templateForm", form);
    return editPage(template.kind(), model);
  }

  @PostMapping("/staff/admin/letters/{kind}")
  String save(
      @PathVariable String kind,
      @ModelAttribute TemplateForm templateForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    LetterKind letter = kind(kind);
    Letters.Outcome outcome =
        errors.hasFieldErrors("version")
            ? new Letters.Outcome.Stale()
            : letters.save(
                letter,
                templateForm.getVersion(),
                templateForm.getSubject(),
                templateForm.getBody(),
                user.email());
    if (outcome instanceof Letters.Outcome.Saved) {
      redirect.addFlashAttribute("saved", letter.code());
      return "redirect:/staff/admin/letters";
    }
    if (outcome instanceof Letters.Outcome.Refused refused) {
      Refusals.onto(errors, refused.problems());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    } else {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", "letters.problem.stale");
    }
    return editPage(letter, model);
  }

  private String editPage(LetterKind kind, Model model) {
    model.addAttribute("kind", kind.code());
    model.addAttribute(
        "placeholders",
        kind.placeholders().stream().map(p -> "{" + p + "}").collect(Collectors.joining(", ")));
    return "letters/template";
  }

  private static LetterKind kind(String code) {
    return LetterKind.find(code).orElseThrow(() -> new NotFound());
  }
}
