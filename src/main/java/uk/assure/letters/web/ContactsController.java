package uk.assure.letters.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.letters.CouncilContacts;
import uk.assure.letters.domain.Contact;
import uk.assure.letters.domain.ContactKind;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.Choice;
import uk.assure.shared.web.NotFound;
import uk.assure.shared.web.Refusals;

/**
 * Councils' contacts: administrators keep any council's, and council users their own council's. The
 * same pages serve both, under {@code /staff/admin/councils/{gss}/contacts} and {@code
 * /council/contacts}.
 *
 * <p>It is over 300 lines because the same pages serve administrators and council users under two
 * sets of routes, each a short handler calling the shared add, change and remove.
 */
@Controller
class ContactsController {

  private final CouncilContacts contacts;
  private final CouncilRegistry councils;
  private final MessageSource messages;

  ContactsController(CouncilContacts contacts, CouncilRegistry councils, MessageSource messages) {
    this.contacts = contacts;
    this.councils = councils;
    this.messages = messages;
  }

  /** One contact as the list shows it. */
  record ContactRow(
      String href, String kind, String name, String email, String jobTitle, int version) {}

  @GetMapping("/staff/admin/councils")
  String councilList(Model model) {
    model.addAttribute(
        "councils",
        councils.all().stream()
            .map(
                c -> new Choice("/staff/admin/councils/" + c.gss().value() + "/contacts", c.name()))
            .toList());
    return "letters/councils";
  }

  @GetMapping("/staff/admin/councils/{gss}/contacts")
  String adminList(@PathVariable String gss, Model model) {
    Council council = council(gss);
    model.addAttribute("contactForm", new ContactForm());
    return listPage(council, adminBase(council), model);
  }

  @PostMapping("/staff/admin/councils/{gss}/contacts")
  String adminAdd(
      @PathVariable String gss,
      @ModelAttribute ContactForm contactForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Council council = council(gss);
    return add(council, adminBase(council), contactForm, errors, user, model, response, redirect);
  }

  @GetMapping("/staff/admin/councils/{gss}/contacts/{contact}")
  String adminEditPage(@PathVariable String gss, @PathVariable String contact, Model model) {
    Council council = council(gss);
    return editPage(council, adminBase(council), contact, model);
  }

  @PostMapping("/staff/admin/councils/{gss}/contacts/{contact}")
  String adminChange(
      @PathVariable String gss,
      @PathVariable String contact,
      @ModelAttribute ContactForm contactForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Council council = council(gss);
    return change(
        council, adminBase(council), contact, contactForm, errors, user, model, response, redirect);
  }

  @PostMapping("/staff/admin/councils/{gss}/contacts/{contact}/remove")
  String adminRemove(
      @PathVariable String gss,
      @PathVariable String contact,
      @RequestParam(defaultValue = "-1") int version,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Council council = council(gss);
    return remove(council, adminBase(council), contact, version, user, model, response, redirect);
  }

  @GetMapping("/council/contacts")
  String councilList(@AuthenticationPrincipal AssureUser user, Model model) {
    model.addAttribute("contactForm", new ContactForm());
    return listPage(own(user), COUNCIL_BASE, model);
  }

  @PostMapping("/council/contacts")
  String councilAdd(
      @ModelAttribute ContactForm contactForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return add(own(user), COUNCIL_BASE, contactForm, errors, user, model, response, redirect);
  }

  @GetMapping("/council/contacts/{contact}")
  String councilEditPage(
      @PathVariable String contact, @AuthenticationPrincipal AssureUser user, Model model) {
    return editPage(own(user), COUNCIL_BASE, contact, model);
  }

  @PostMapping("/council/contacts/{contact}")
  String councilChange(
      @PathVariable String contact,
      @ModelAttribute ContactForm contactForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        own(user), COUNCIL_BASE, contact, contactForm, errors, user, model, response, redirect);
  }

  @PostMapping("/council/contacts/{contact}/remove")
  String councilRemove(
      @PathVariable String contact,
      @RequestParam(defaultValue = "-1") int version,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return remove(own(user), COUNCIL_BASE, contact, version, user, model, response, redirect);
  }

  private static final String COUNCIL_BASE = "/council/contacts";

  private String add(
      Council council,
      String base,
      ContactForm form,
      BindingResult errors,
      AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CouncilContacts.Outcome outcome =
        contacts.add(
            council.gss(),
            form.getKind(),
            form.getName(),
            form.getEmail(),
            form.getJobTitle(),
            user.email());
    if (outcome instanceof CouncilContacts.Outcome.Done done) {
      redirect.addFlashAttribute("added", done.contact().name());
      return "redirect:" + base;
    }
    Refusals.onto(errors, ((CouncilContacts.Outcome.Refused) outcome).problems());
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return listPage(council, base, model);
  }

  private String change(
      Council council,
      String base,
      String id,
      ContactForm form,
      BindingResult errors,
      AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Contact current = find(council, id);
    if (errors.hasFieldErrors("version")) {
      // Not a version this application wrote: the page it came from cannot be trusted.
      return stale(council, base, model, response);
    }
    CouncilContacts.Outcome outcome =
        contacts.change(
            council.gss(),
            current.id(),
            form.getVersion(),
            form.getKind(),
            form.getName(),
            form.getEmail(),
            form.getJobTitle(),
            user.email());
    if (outcome instanceof CouncilContacts.Outcome.Done done) {
      redirect.addFlashAttribute("changed", done.contact().name());
      return "redirect:" + base;
    }
    if (outcome instanceof CouncilContacts.Outcome.Refused refused) {
      Refusals.onto(errors, refused.problems());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return editForm(council, base, current, model);
    }
    return stale(council, base, model, response);
  }

  private String remove(
      Council council,
      String base,
      String id,
      int version,
      AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Contact current = find(council, id);
    CouncilContacts.Outcome outcome =
        contacts.remove(council.gss(), current.id(), version, user.email());
    if (outcome instanceof CouncilContacts.Outcome.Done done) {
      redirect.addFlashAttribute("removed", done.contact().name());
      return "redirect:" + base;
    }
    return stale(council, base, model, response);
  }

  private String stale(Council council, String base, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.CONFLICT.value());
    model.addAttribute("problem", "contacts.problem.stale");
    model.addAttribute("contactForm", new ContactForm());
    return listPage(council, base, model);
  }

  private String listPage(Council council, String base, Model model) {
    model.addAttribute("councilName", council.name());
    model.addAttribute("base", base);
    model.addAttribute(
        "contacts",
        contacts.of(council.gss()).stream()
            .map(
                c ->
                    new ContactRow(
                        base + "/" + c.id(),
                        text("contacts.kind." + c.kind().code()),
                        c.name(),
                        c.email().value(),
                        c.jobTitle(),
                        c.version()))
            .toList());
    model.addAttribute("kinds", kinds());
    return "letters/contacts";
  }

  private String editPage(Council council, String base, String id, Model model) {
    Contact contact = find(council, id);
    ContactForm form = new ContactForm();
    form.setKind(contact.kind().code());
    form.setName(contact.name());
    form.setEmail(contact.email().value());
    form.setJobTitle(contact.jobTitle());
    form.setVersion(contact.version());
    model.addAttribute("contactForm", form);
    return editForm(council, base, contact, model);
  }

  private String editForm(Council council, String base, Contact contact, Model model) {
    model.addAttribute("councilName", council.name());
    model.addAttribute("base", base);
    model.addAttribute("action", base + "/" + contact.id());
    model.addAttribute("version", contact.version());
    model.addAttribute("kinds", kinds());
    return "letters/contact";
  }

  private List<Choice> kinds() {
    return Arrays.stream(ContactKind.values())
        .map(k -> new Choice(k.code(), text("contacts.kind." + k.code())))
        .toList();
  }

  private Contact find(Council council, String id) {
    try {
      return contacts.find(council.gss(), UUID.fromString(id)).orElseThrow(() -> new NotFound());
    } catch (IllegalArgumentException e) {
      throw new NotFound();
    }
  }

  private Council council(String gss) {
    try {
      return councils.find(new GssCode(gss)).orElseThrow(() -> new NotFound());
    } catch (IllegalArgumentException e) {
      throw new NotFound();
    }
  }

  private Council own(AssureUser user) {
    return user.council()
        .flatMap(councils::find)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
  }

  private static String adminBase(Council council) {
    return "/staff/admin/councils/" + council.gss().value() + "/contacts";
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, Locale.UK);
  }
}
