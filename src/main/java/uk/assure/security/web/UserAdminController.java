package uk.assure.security.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.notification.EmailOutbox;
import uk.assure.security.AccountChanges;
import uk.assure.security.AssureUser;
import uk.assure.security.Invitations;
import uk.assure.security.UserAccounts;
import uk.assure.security.domain.Role;
import uk.assure.security.domain.UserAccount;
import uk.assure.shared.web.NotFound;
import uk.assure.shared.web.PageNumber;

/** Administrators: the people who can sign in, inviting more, and the email outbox. */
@Controller
class UserAdminController {

  private static final int OUTBOX_PAGE = 50;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  private final UserAccounts accounts;
  private final Invitations invitations;
  private final CouncilRegistry councils;
  private final EmailOutbox outbox;
  private final AccountChanges changes;

  UserAdminController(
      UserAccounts accounts,
      Invitations invitations,
      CouncilRegistry councils,
      EmailOutbox outbox,
      AccountChanges changes) {
    this.changes = changes;
    this.accounts = accounts;
    this.invitations = invitations;
    this.councils = councils;
    this.outbox = outbox;
  }

  /** One account as the list shows it. */
  record UserRow(
      String href, String email, String role, String council, boolean accepted, boolean active) {}

  /** One email as the outbox shows it. */
  record MessageRow(
      String created,
      String recipient,
      String subject,
      String body,
      String status,
      int attempts,
      String lastError,
      String nextAttempt) {}

  @GetMapping("/staff/admin/users")
  String users(Model model) {
    Map<GssCode, String> names =
        councils.all().stream().collect(Collectors.toMap(Council::gss, Council::name));
    model.addAttribute(
        "users",
        accounts.all().stream()
            .map(
                a ->
                    new UserRow(
                        "/staff/admin/users/" + a.id(),
                        a.email().value(),
                        a.role().code(),
                        a.council().map(names::get).orElse(""),
                        a.passwordHash().isPresent(),
                        a.active()))
            .toList());
    return "security/admin-users";
  }

  @GetMapping("/staff/admin/users/new")
  String invitePage(Model model) {
    model.addAttribute("inviteForm", new InviteForm());
    return inviteFormPage(model);
  }

  @PostMapping("/staff/admin/users")
  String invite(
      @Valid @ModelAttribute InviteForm inviteForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser admin,
      Model model,
      HttpServletResponse response) {
    if (!errors.hasErrors()) {
      Invitations.Outcome outcome =
          invitations.invite(
              inviteForm.getEmail(), inviteForm.getRole(), inviteForm.getCouncil(), admin.email());
      if (outcome instanceof Invitations.Outcome.Invited invited) {
        model.addAttribute("invitedEmail", invited.account().email().value());
        model.addAttribute("link", invited.link());
        return "security/admin-invited";
      }
      errors.reject(
          "admin.invite.refused",
          new Object[] {((Invitations.Outcome.Refused) outcome).reason()},
          null);
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return inviteFormPage(model);
  }

  @GetMapping("/staff/admin/users/{id}")
  String account(@PathVariable String id, Model model) {
    UserAccount account = find(id);
    model.addAttribute("account", account);
    model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::code).toList());
    model.addAttribute("councils", councils.all());
    return "security/admin-user";
  }

  @PostMapping("/staff/admin/users/{id}")
  String change(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String council,
      @RequestParam(defaultValue = "false") boolean active,
      @RequestParam(defaultValue = "-1") int version,
      @AuthenticationPrincipal AssureUser admin,
      Model model,
      HttpServletResponse response,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
    UserAccount account = find(id);
    AccountChanges.Outcome outcome =
        changes.change(account.id(), version, role, council, active, admin);
    if (outcome == AccountChanges.Outcome.CHANGED
        || outcome == AccountChanges.Outcome.NOTHING_CHANGED) {
      redirect.addFlashAttribute("changed", account.email().value());
      return "redirect:/staff/admin/users";
    }
    if (outcome == AccountChanges.Outcome.NOT_FOUND) {
      throw new NotFound();
    }
    response.setStatus(
        outcome == AccountChanges.Outcome.CHANGED_BY_SOMEONE_ELSE
            ? HttpServletResponse.SC_CONFLICT
            : HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("problem", "admin.user.problem." + outcome.name());
    return account(accounts.find(account.id()).map(a -> a.id().toString()).orElse(id), model);
  }

  private UserAccount find(String id) {
    try {
      return accounts.find(UUID.fromString(id)).orElseThrow(() -> new NotFound());
    } catch (IllegalArgumentException e) {
      throw new NotFound();
    }
  }

  @GetMapping("/staff/admin/outbox")
  String outbox(@RequestParam(defaultValue = "1") String page, Model model) {
    int number = PageNumber.read(page);
    long total = outbox.count();
    model.addAttribute(
        "messages",
        outbox.newest(number, OUTBOX_PAGE).stream()
            .map(
                m ->
                    new MessageRow(
                        WHEN.format(m.createdAt()),
                        m.recipient(),
                        m.subject(),
                        m.body(),
                        m.status().code(),
                        m.attempts(),
                        m.lastError().orElse(""),
                        WHEN.format(m.nextAttemptAt())))
            .toList());
    model.addAttribute("total", total);
    model.addAttribute("page", number);
    model.addAttribute("hasNext", (long) number * OUTBOX_PAGE < total);
    return "security/admin-outbox";
  }

  private String inviteFormPage(Model model) {
    model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::code).toList());
    model.addAttribute("councils", councils.all());
    return "security/admin-invite";
  }
}
