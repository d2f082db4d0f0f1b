package uk.assure.inforeturn.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import uk.assure.framework.domain.Framework;
import uk.assure.inforeturn.RequestCatalogue;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.NotFound;

/** Admins keeping the catalogue of requests information returns are made from. */
@Controller
class CatalogueController {

  private static final String LIST = "/staff/admin/request-items";

  private final RequestCatalogue catalogue;
  private final Framework framework;

  CatalogueController(RequestCatalogue catalogue, Framework framework) {
    this.catalogue = catalogue;
    this.framework = framework;
  }

  @GetMapping(LIST)
  String list(Model model) {
    model.addAttribute("entries", catalogue.entries());
    return "inforeturn/catalogue";
  }

  @GetMapping(LIST + "/new")
  String newItem(Model model) {
    model.addAttribute("requestItemForm", new RequestItemForm());
    return page(true, model);
  }

  @PostMapping(LIST + "/new")
  String add(
      @Valid @ModelAttribute RequestItemForm requestItemForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (requestItemForm.getCode().isEmpty()) {
      errors.rejectValue("code", "catalogue.code.invalid");
    }
    if (!errors.hasErrors()) {
      RequestCatalogue.Outcome outcome = catalogue.add(requestItemForm.item(), user.email());
      if (outcome == RequestCatalogue.Outcome.SAVED) {
        redirect.addFlashAttribute("saved", requestItemForm.getTitle().strip());
        return "redirect:" + LIST;
      }
      errors.rejectValue("code", "catalogue.code.taken");
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(true, model);
  }

  @GetMapping(LIST + "/{code}")
  String edit(@PathVariable String code, Model model) {
    model.addAttribute(
        "requestItemForm",
        RequestItemForm.of(catalogue.entry(code).orElseThrow(() -> new NotFound())));
    return page(false, model);
  }

  @PostMapping(LIST + "/{code}")
  String change(
      @PathVariable String code,
      @Valid @ModelAttribute RequestItemForm requestItemForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    catalogue.entry(code).orElseThrow(() -> new NotFound());
    requestItemForm.setCode(code);
    if (!errors.hasErrors()) {
      RequestCatalogue.Outcome outcome =
          catalogue.change(
              requestItemForm.item(),
              requestItemForm.isRetired(),
              requestItemForm.getVersion(),
              user.email());
      if (outcome == RequestCatalogue.Outcome.SAVED) {
        redirect.addFlashAttribute("saved", requestItemForm.getTitle().strip());
        return "redirect:" + LIST;
      }
      response.setStatus(HttpStatus.CONFLICT.value());
      errors.reject("catalogue.changedBySomeoneElse");
      requestItemForm.setVersion(catalogue.entry(code).orElseThrow().version());
      return page(false, model);
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(false, model);
  }

  private String page(boolean adding, Model model) {
    model.addAttribute("adding", adding);
    model.addAttribute("statements", framework.statements());
    return "inforeturn/request-item";
  }
}
