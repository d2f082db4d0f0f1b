package uk.assure.endtoend;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The last word on "it works": the packaged jar, started as the README says, taken by a real team
 * through one council's assessment from the information return to publication and a request to
 * review the rating, over HTTP, through the pages people use; then every page each role (and the
 * public) can reach is opened. Every failure found is reported together.
 *
 * <p>Run it after packaging: {@code mvn -o -q -DskipTests package} then {@code mvn -o
 * failsafe:integration-test failsafe:verify -Dit.test=AssessmentJourneyIT}. It needs Debian's
 * {@code libfaketime}, which moves the server's clock through the assessment's calendar.
 */
@Tag("endtoend")
class AssessmentJourneyIT {

  /** Camden, the README's example. */
  private static final String COUNCIL = "E09000007";

  private static final String PASSWORD = "a long and careful passphrase 42";
  private static final String PDF_WORD = "marigoldwick";
  private static final String DOCX_WORD = "thistlemoor";
  private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(60);
  private static final List<String> STATEMENTS =
      List.of("QS1", "QS2", "QS3", "QS4", "QS5", "QS6", "QS7", "QS8", "QS9");
  private static final Pattern LINK = Pattern.compile("https?://\\S+?(/invitations/\\S+)");
  private static final String REVIEWER = "reviewer@e2e.example";
  private static final String ASSESSOR = "assessor@e2e.example";
  private static final String CONTACT = "director.asc@camden.example";

  private static JarServer server;

  private final List<String> failures = new ArrayList<>();
  private final Map<String, Browser> people = new LinkedHashMap<>();
  private final Map<Browser, String> emails = new LinkedHashMap<>();
  private Browser admin;
  private Browser lead;
  private Browser assessor;
  private Browser analyst;
  private Browser panel;
  private Browser council;
  private Browser reviewer;
  private Browser visitor;
  private String id;
  private LocalDate siteVisit;

  @BeforeAll
  static void startTheJar() throws Exception {
    server = JarServer.start();
  }

  @AfterAll
  static void stopTheJar() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aTeamTakesOneCouncilFromItsInformationReturnToPublicationAndEveryPageOpens()
      throws Exception {
    journey();
    crawlEveryRole();
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " problem(s) found:\n - "
              + String.join("\n - ", failures)
              + "\nServer output: "
              + server.log()
              + "\n"
              + server.logTail());
    }
  }

  private void journey() {
    try {
      step("everyone signs in", this::everyoneSignsIn);
      step("an administrator marks the reviewer external", this::reviewerIsMarkedExternal);
      step("an administrator adds the council's director", this::councilContactIsAdded);
      step("the assessment starts", this::startTheAssessment);
      step("the lead puts the team together", this::leadPutsTheTeamTogether);
      step("the council is given notice", this::councilIsGivenNotice);
      step("the information return is issued", this::issueTheInformationReturn);
      step("the council answers with documents", this::councilAnswersWithDocuments);
      step("the documents become searchable", this::documentsBecomeSearchable);
      step("the case list is uploaded and sampled", this::caseListUploadedAndSampleDrawn);
      step("the public give feedback", this::publicGiveFeedback);
      step("the feedback is tagged", this::feedbackIsTagged);
      step("the site visit date is set", this::siteVisitDateIsSet);
      step("the site visit begins", this::siteVisitBegins);
      step("on-site sessions are planned and noted", this::onSiteSessionsPlannedAndNoted);
      step("every statement is judged", this::everyStatementIsJudged);
      step("the calibration panel decides", this::calibrationPanelDecides);
      step("the report is written", this::reportIsWritten);
      step("the factual accuracy check is done", this::factualAccuracyCheck);
      step("the report is published", this::reportIsPublished);
      step("the council asks for a review", this::councilAsksForAReview);
    } catch (StepFailed stopped) {
      failures.add(stopped.getMessage());
    }
  }

  // --- people ---------------------------------------------------------------------------------

  private void everyoneSignsIn() throws Exception {
    visitor = new Browser(server.base(), "the public");
    // who, role, email and any further options of users add
    List<String[]> invited =
        List.of(
            new String[] {"admin", "admin", "admin@e2e.example"},
            new String[] {"lead_assessor", "lead_assessor", "lead@e2e.example"},
            new String[] {"assessor", "assessor", ASSESSOR},
            new String[] {"external reviewer", "assessor", REVIEWER},
            new String[] {"analyst", "analyst", "analyst@e2e.example"},
            new String[] {"panel", "panel", "panel@e2e.example"},
            new String[] {"council", "council", "council@e2e.example", "--council", COUNCIL});
    for (String[] person : invited) {
      List<String> args =
          new ArrayList<>(List.of("users", "add", "--email", person[2], "--role", person[1]));
      args.addAll(List.of(person).subList(3, person.length));
      people.put(person[0], signIn(person[0], person[2], server.run(args)));
    }
    admin = people.get("admin");
    lead = people.get("lead_assessor");
    assessor = people.get("assessor");
    reviewer = people.get("external reviewer");
    analyst = people.get("analyst");
    panel = people.get("panel");
    council = people.get("council");
  }

  /** External specialist reviewers have assessor accounts that an administrator marks external. */
  private void reviewerIsMarkedExternal() throws Exception {
    Browser.Page people = admin.get("/staff/admin/people");
    expect(people.status() == 200, "the people page answered " + people.status());
    Element row = row(people, REVIEWER);
    Element mark = row.selectFirst("form[action*=/external]");
    expect(mark != null, "the people page offers no way to mark " + REVIEWER + " external");
    String action = mark.absUrl("action");
    Browser.Page marked =
        admin.submitAccepted(people.form(a -> a.equals(action)), "mark the reviewer external");
    expect(
        row(marked, REVIEWER).select("strong.govuk-tag").text().contains("External"),
        "the people page does not show " + REVIEWER + " as external");
  }

  /** Letters go to a council's named contacts; an administrator names Camden's director. */
  private void councilContactIsAdded() throws Exception {
    String contacts = "/staff/admin/councils/" + COUNCIL + "/contacts";
    Browser.Page page = admin.get(contacts);
    expect(page.status() == 200, "the council's contacts page answered " + page.status());
    Browser.Page added =
        admin.submitAccepted(
            page.form(a -> a.endsWith(contacts))
                .set("kind", "dass")
                .set("name", "Alex Morgan")
                .set("email", CONTACT)
                .set("jobTitle", "Director of Adult Social Services"),
            "add a contact for the council");
    expect(
        added.uri().getPath().equals(contacts)
            && added.document().select("table").text().contains(CONTACT),
        "the council's contacts do not list the new contact: " + added.problems());
  }

  /**
   * Follows the one-time link the README's {@code users add} command printed, chooses a password
   * and signs in.
   */
  private Browser signIn(String who, String email, String printed) throws Exception {
    Matcher link = LINK.matcher(printed);
    if (!link.find()) {
      throw new AssertionError("users add printed no invitation link:\n" + printed);
    }
    Browser browser = new Browser(server.base(), who);
    Browser.Page invitation = browser.get(link.group(1));
    expect(invitation.status() == 200, who + "'s invitation link answered " + invitation.status());
    browser.submitAccepted(
        invitation
            .form(a -> a.contains("/invitations/"))
            .set("password", PASSWORD)
            .set("confirmation", PASSWORD),
        "choose a password");
    emails.put(browser, email);
    signInWithPassword(browser);
    return browser;
  }

  private void signInWithPassword(Browser browser) throws Exception {
    Browser.Page signedIn =
        browser.submitAccepted(
            browser
                .get("/sign-in")
                .form(a -> a.endsWith("/sign-in"))
                .set("email", emails.get(browser))
                .set("password", PASSWORD),
            "sign in");
    expect(
        !signedIn.uri().getPath().startsWith("/sign-in"),
        browser.who() + " was not signed in: " + signedIn.where() + " " + signedIn.problems());
    String home = home(browser);
    Browser.Page page = browser.get(home);
    expect(
        page.status() == 200 && page.uri().getPath().equals(home),
        browser.who() + " could not open " + home + ": " + page.status() + " at " + page.where());
  }

  private String home(Browser browser) {
    return browser.who().equals("council") ? "/council" : "/staff";
  }

  /**
   * Weeks pass between steps of an assessment, and a session ends after half an hour without use:
   * whoever was signed out signs in again, as people do.
   */
  private void everyoneSignsInAgain() throws Exception {
    for (Browser browser : people.values()) {
      Browser.Page home = browser.get(home(browser));
      if (home.uri().getPath().startsWith("/sign-in")) {
        signInWithPassword(browser);
      }
    }
  }

  // --- the journey ----------------------------------------------------------------------------

  private void startTheAssessment() throws Exception {
    LocalDate today = server.today();
    Browser.Page started =
        lead.submitAccepted(
            lead.get("/staff/assessments/new")
                .form(a -> a.endsWith("/staff/assessments"))
                .set("council", COUNCIL)
                .set("day", String.valueOf(today.getDayOfMonth()))
                .set("month", String.valueOf(today.getMonthValue()))
                .set("year", String.valueOf(today.getYear())),
            "start an assessment");
    String path = started.uri().getPath();
    expect(path.startsWith("/staff/assessments/"), "starting went to " + path);
    id = path.substring("/staff/assessments/".length());
    expect(
        lead.get("/staff").contains("/staff/assessments/" + id),
        "the staff home does not list the new assessment");
    Browser.Page team = lead.get(staffBase() + "/team");
    expect(
        team.status() == 200 && row(team, "lead@e2e.example").text().contains("Lead"),
        "the lead assessor who started the assessment does not lead its team");
    Browser.Page notOnTeam = assessor.get(staffBase());
    expect(
        notOnTeam.status() == 404,
        "an assessor not on the team opened the assessment: " + notOnTeam.status());
  }

  /** The lead names the assessor and the external reviewer on the team, who may then open it. */
  private void leadPutsTheTeamTogether() throws Exception {
    addToTeam(ASSESSOR, "assessor");
    addToTeam(REVIEWER, "external_reviewer");
    for (Browser member : List.of(assessor, reviewer)) {
      expect(
          member.get("/staff").contains("/staff/assessments/" + id),
          member.who() + "'s staff home does not list the assessment they are on");
      Browser.Page overview = member.get(staffBase());
      expect(
          overview.status() == 200,
          member.who() + " on the team cannot open the assessment: " + overview.status());
    }
  }

  private void addToTeam(String email, String teamRole) throws Exception {
    Browser.Page page = lead.get(staffBase() + "/team");
    String person =
        page.document().select("select#person option").stream()
            .filter(o -> o.text().contains(email))
            .map(o -> o.attr("value"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the team page does not offer " + email));
    Browser.Page added =
        lead.submitAccepted(
            page.form(a -> a.endsWith(staffBase() + "/team"))
                .set("person", person)
                .set("role", teamRole),
            "put " + email + " on the team as " + teamRole);
    expect(
        row(added, email).text().length() > email.length(),
        "the team does not list " + email + ": " + added.problems());
  }

  /** The notice of assessment is a letter to each of the council's contacts, queued to send. */
  private void councilIsGivenNotice() throws Exception {
    moveTo("notified");
    Browser.Page outbox = admin.get("/staff/admin/outbox");
    expect(outbox.status() == 200, "the outbox answered " + outbox.status());
    boolean queued =
        outbox.document().select(".govuk-summary-card").stream()
            .anyMatch(
                card ->
                    card.select("dd").stream().anyMatch(dd -> dd.text().equals(CONTACT))
                        && card.text().contains("Queued"));
    check(
        queued,
        "the outbox shows no letter queued to the council's contact "
            + CONTACT
            + " after the notice: "
            + outbox.document().select("main").text());
  }

  private void issueTheInformationReturn() throws Exception {
    moveTo("information_return");
    Browser.Page ir = council.get(councilBase() + "/information-return");
    expect(ir.status() == 200, "the council's information return answered " + ir.status());
    expect(
        !requestLinks(ir).isEmpty(),
        "the council's information return lists no requests: " + ir.problems());
    expect(
        council.get("/council").contains(councilBase()),
        "the council's home does not link to its assessment");
  }

  private void councilAnswersWithDocuments() throws Exception {
    Browser.Page ir = council.get(councilBase() + "/information-return");
    List<String> requests = requestLinks(ir);
    LocalDate today = server.today();
    Browser.Page request = council.get(requests.get(0));
    council.submitAccepted(
        request
            .form(a -> a.contains("/information-return/"))
            .set("kind", "documents")
            .attach("files", "care-strategy.pdf", "application/pdf", TestDocuments.pdf(PDF_WORD))
            .attach(
                "files",
                "carers-plan.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                TestDocuments.docx(DOCX_WORD))
            .set("day", String.valueOf(today.getDayOfMonth()))
            .set("month", String.valueOf(today.getMonthValue()))
            .set("year", String.valueOf(today.getYear())),
        "answer an information return request with documents");
    Browser.Page documents = lead.get(staffBase() + "/documents");
    expect(
        documents.contains("care-strategy.pdf") && documents.contains("carers-plan.docx"),
        "the staff documents page does not list the council's documents");
  }

  /** The documents' text is read in the background; staff must find each by a word in it. */
  private void documentsBecomeSearchable() throws Exception {
    for (String[] document :
        List.of(
            new String[] {PDF_WORD, "care-strategy.pdf"},
            new String[] {DOCX_WORD, "carers-plan.docx"})) {
      Instant limit = Instant.now().plus(SEARCHABLE_WITHIN);
      boolean found = false;
      Browser.Page page = null;
      while (!found && Instant.now().isBefore(limit)) {
        page = lead.get(staffBase() + "/documents?q=" + document[0]);
        Document doc = page.document();
        found =
            doc.select("mark").stream().anyMatch(m -> m.text().equalsIgnoreCase(document[0]))
                && doc.select("ol a").stream().anyMatch(a -> a.text().equals(document[1]));
        if (!found) {
          Thread.sleep(2000);
        }
      }
      check(
          found,
          "document search: \""
              + document[0]
              + "\" in "
              + document[1]
              + " was not found within "
              + SEARCHABLE_WITHIN.toSeconds()
              + " s (the document's text was never read?) - "
              + (page == null ? "" : page.document().select("table").text()));
    }
  }

  private void caseListUploadedAndSampleDrawn() throws Exception {
    Browser.Page cases = council.get(councilBase() + "/cases");
    expect(cases.status() == 200, "the council's case list page answered " + cases.status());
    Browser.Page template = council.get(councilBase() + "/cases/template.csv");
    expect(
        template.status() == 200 && template.body().startsWith("case_reference,"),
        "the case list template did not download");
    council.submitAccepted(
        cases
            .form(a -> a.endsWith("/cases"))
            .attach("file", "case-list.csv", "text/csv", TestDocuments.caseList(40)),
        "upload the case list");
    Browser.Page staff = lead.get(staffBase() + "/cases");
    Browser.Page drawn =
        lead.submitAccepted(staff.form(a -> a.endsWith("/cases/sample")), "draw the sample");
    expect(
        drawn.document().select("a[href*=/cases/CT-]").size() > 0,
        "the drawn sample lists no cases: " + drawn.problems());
  }

  private void publicGiveFeedback() throws Exception {
    Browser.Page form = visitor.get("/feedback");
    Element council = form.document().selectFirst("select#council option[value=" + COUNCIL + "]");
    expect(council != null, "the feedback form does not offer the council being assessed");
    String role = form.document().selectFirst("input[name=role]").attr("value");
    Browser.Page sent =
        visitor.submitAccepted(
            form.form(a -> a.endsWith("/feedback"))
                .set("council", COUNCIL)
                .set("role", role)
                .set(
                    "body",
                    "My mother waited eleven weeks for her care assessment after leaving hospital.")
                .set("quotable", "yes")
                .set("anonymous", "yes"),
            "send feedback");
    expect(sent.uri().getPath().equals("/feedback/sent"), "feedback went to " + sent.where());
  }

  private void feedbackIsTagged() throws Exception {
    Browser.Page feedback = assessor.get(staffBase() + "/feedback");
    expect(feedback.contains("eleven weeks"), "staff cannot see the public's feedback");
    Browser.Form tags = feedback.form(a -> a.endsWith("/tags"));
    STATEMENTS.forEach(s -> tags.tick("statements", s));
    assessor.submitAccepted(
        tags.set("extract", "waited eleven weeks for her care assessment"), "tag feedback");
  }

  private void siteVisitDateIsSet() throws Exception {
    LocalDate day = server.today().plusWeeks(7);
    while (day.getDayOfWeek() != DayOfWeek.TUESDAY) {
      day = day.plusDays(1);
    }
    for (int tries = 0; tries < 5; tries++, day = day.plusDays(1)) {
      Browser.Page page =
          lead.submit(
              lead.get(staffBase() + "/site-visit")
                  .form(a -> a.endsWith("/site-visit"))
                  .set("day", String.valueOf(day.getDayOfMonth()))
                  .set("month", String.valueOf(day.getMonthValue()))
                  .set("year", String.valueOf(day.getYear())));
      if (page.redirected() && page.status() == 200) {
        siteVisit = day;
        return;
      }
    }
    throw new AssertionError("no site visit date seven weeks ahead was accepted");
  }

  /** The calendar moves on to the visit's first day before the assessment moves to on-site. */
  private void siteVisitBegins() throws Exception {
    moveTo("evidence_gathering");
    server.moveClockTo(siteVisit);
    everyoneSignsInAgain();
    Browser.Page overview = lead.get(staffBase());
    expect(overview.status() == 200, "the overview answered " + overview.status());
    moveTo("on_site");
  }

  private void onSiteSessionsPlannedAndNoted() throws Exception {
    planSession("interview", "Interview with the principal social worker", "10:00", "11:00");
    planSession("focus_group", "Carers' focus group", "14:00", "15:30");
    Browser.Page plan = lead.get(staffBase() + "/on-site");
    expect(plan.contains("Carers&#39;") || plan.contains("Carers'"), "the plan lacks a session");
    List<String> sessions =
        plan.document().select("a[href*=/on-site/]").stream()
            .map(a -> a.attr("href"))
            .filter(h -> !h.endsWith("/new"))
            .toList();
    expect(!sessions.isEmpty(), "the on-site plan links to no session");
    Browser.Page session = assessor.get(sessions.get(0));
    check(
        session.status() == 200,
        "on-site: the session page GET " + session.where() + " answered " + session.status());
    if (session.status() != 200) {
      return;
    }
    Browser.Form note = session.form(a -> a.endsWith("/notes"));
    STATEMENTS.forEach(s -> note.tick("statements", s));
    String category = session.document().selectFirst("input[name=category]").attr("value");
    assessor.submitAccepted(
        note.set("category", category)
            .set(
                "body",
                "The principal social worker described a waiting list of 300 people for"
                    + " assessment, reviewed weekly."),
        "take notes in an on-site session");
    expect(
        assessor.get(sessions.get(0)).contains("waiting list of 300"),
        "the session does not show its note");
  }

  private void planSession(String kind, String title, String starts, String ends) throws Exception {
    Browser.Page form = lead.get(staffBase() + "/on-site/new");
    String attendee = form.document().selectFirst("input[name=attendees]").attr("value");
    lead.submitAccepted(
        form.form(a -> a.endsWith("/on-site/new"))
            .set("kind", kind)
            .set("title", title)
            .set("day", String.valueOf(siteVisit.getDayOfMonth()))
            .set("month", String.valueOf(siteVisit.getMonthValue()))
            .set("year", String.valueOf(siteVisit.getYear()))
            .set("starts", starts)
            .set("ends", ends)
            .set("place", "Town hall, committee room 2")
            .tick("attendees", attendee),
        "plan an on-site session");
  }

  /** Each statement is scored on the workbench with a rationale citing a piece of evidence. */
  private void everyStatementIsJudged() throws Exception {
    moveTo("scoring");
    for (String statement : STATEMENTS) {
      Browser.Page page = assessor.get(staffBase() + "/statements/" + statement);
      expect(page.status() == 200, "the workbench for " + statement + " answered " + page.status());
      Element cite = page.document().selectFirst("input[name=cited]");
      expect(cite != null, "the workbench offers no evidence to cite for " + statement);
      Browser.Page saved =
          assessor.submitAccepted(
              page.form(a -> a.endsWith("/statements/" + statement))
                  .tick("cited", cite.attr("value"))
                  .set("score", "3")
                  .set(
                      "rationale",
                      "Good: the evidence cited shows people are mostly supported well for "
                          + statement
                          + ", with waits still too long.")
                  .press("action", "save"),
              "judge " + statement);
      expect(
          saved.uri().getPath().endsWith("/statements/" + statement)
              && saved.document().select("table").text().contains("3"),
          "the judgement of " + statement + " was not kept: " + saved.problems());
    }
  }

  private void calibrationPanelDecides() throws Exception {
    moveTo("calibration");
    Browser.Page queue = panel.get("/staff/calibration");
    expect(
        queue.contains("/staff/calibration/" + id),
        "the calibration panel's list does not show the assessment");
    Browser.Page decision = panel.get("/staff/calibration/" + id);
    panel.submitAccepted(
        decision
            .form(a -> a.endsWith("/staff/calibration/" + id))
            .set("outcome", "confirmed")
            .set("note", "Scores consistent with similar councils."),
        "record the panel's decision");
  }

  private void reportIsWritten() throws Exception {
    moveTo("draft_report");
    Browser.Page page = assessor.get(staffBase() + "/report");
    Browser.Form narrative =
        page.form(a -> a.endsWith(staffBase() + "/report"))
            .set("population", "210000")
            .set("netBudget", "150000000")
            .set("spendPerAdult", "700")
            .set("financialYear", "2025-26")
            .set("source", "The council's published accounts")
            .set(
                "peopleExperience",
                "People told us they waited too long for assessments but valued their workers.");
    for (Element field : page.document().select("textarea[name$=.keyFindings]")) {
      narrative.set(
          field.attr("name"),
          "People waited eleven weeks for an assessment; most were well served.");
    }
    assessor.submitAccepted(narrative, "write the report's narrative");
    Browser.Page preview = assessor.get(staffBase() + "/report/preview");
    expect(
        preview.status() == 200 && preview.contains("eleven weeks"),
        "the report preview does not show the narrative (" + preview.status() + ")");
  }

  /** The draft goes to the council, which comments and submits; staff decide on the comment. */
  private void factualAccuracyCheck() throws Exception {
    moveTo("factual_accuracy");
    String base = councilBase() + "/factual-accuracy";
    Browser.Page check = council.get(base);
    expect(check.status() == 200, "the council's factual accuracy page answered " + check.status());
    Browser.Form comment = check.form(a -> a.endsWith("/factual-accuracy/comments"));
    String section =
        check.document().select("select#section option").stream()
            .map(o -> o.attr("value"))
            .filter(v -> !v.isEmpty())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no section to comment on"));
    council.submitAccepted(
        comment
            .set("section", section)
            .set("whatIsWrong", "The wait is given as eleven weeks")
            .set("correction", "People wait nine weeks since March"),
        "comment on the draft");
    council.submitAccepted(
        council.get(base).form(a -> a.endsWith("/factual-accuracy/submission")),
        "submit the comments");

    Browser.Page staff = assessor.get(staffBase() + "/factual-accuracy");
    String decide =
        staff.document().select("a[href*=/factual-accuracy/comments/]").stream()
            .map(a -> a.attr("href"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("staff see no comment to decide"));
    assessor.submitAccepted(
        assessor
            .get(decide)
            .form(a -> a.contains("/factual-accuracy/comments/"))
            .set("verdict", "accepted")
            .set("reason", "The council's waiting list shows nine weeks."),
        "decide on the council's comment");
  }

  private void reportIsPublished() throws Exception {
    moveTo("published");
    Browser.Page page = visitor.get("/councils/" + COUNCIL);
    expect(page.status() == 200, "the public council page answered " + page.status());
    Element rating = page.document().selectFirst("main dl dd strong.govuk-tag");
    expect(
        rating != null && rating.text().equals("Good"),
        "the public council page does not show the rating Good: "
            + (rating == null ? "no rating" : rating.text()));
    expect(
        rating.parent().select("strong.govuk-tag--grey").isEmpty(),
        "the public council page still marks the rating as illustrative");
    expect(
        page.document().select("main").text().contains("75%"),
        "the public council page does not show the percentage behind the rating (75%)");
    expect(
        page.contains("/councils/" + COUNCIL + "/report"),
        "the public council page does not link to the report");
    Browser.Page report = visitor.get("/councils/" + COUNCIL + "/report");
    expect(
        report.status() == 200 && report.contains("eleven weeks"),
        "the published report does not open with its narrative (" + report.status() + ")");
    expect(
        visitor.download("/councils/" + COUNCIL + "/report.pdf").statusCode() == 200,
        "the published report's PDF does not download");
  }

  /** The council finds its published assessment from its home, as its staff would. */
  private void councilAsksForAReview() throws Exception {
    Browser.Page home = council.get("/council");
    expect(
        !home.document().select("a[href=" + councilBase() + "]").isEmpty(),
        "the council's home does not lead to its published assessment: "
            + home.document().select("main").text());
    Browser.Page overview = council.get(councilBase());
    String link =
        overview.document().select("a[href$=/review-requests]").stream()
            .map(a -> a.attr("href"))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("the council's assessment does not lead to a review"));
    Browser.Page page = council.get(link);
    council.submitAccepted(
        page.form(a -> a.endsWith("/review-requests"))
            .set(
                "grounds",
                "The rating did not take account of our new hospital discharge service."),
        "request a review of the rating");
    Browser.Page staff = lead.get("/staff/review-requests");
    String request =
        staff.document().select("a[href*=/staff/review-requests/]").stream()
            .filter(a -> a.text().equals("Camden"))
            .map(a -> a.attr("href"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("staff's review requests do not list Camden's"));
    expect(
        lead.get(request).contains("hospital discharge service"),
        "the review request does not show the council's grounds");
  }

  // --- the crawl ------------------------------------------------------------------------------

  private void crawlEveryRole() {
    Map<Browser, String> homes = new LinkedHashMap<>();
    if (visitor == null) {
      visitor = new Browser(server.base(), "the public");
    }
    homes.put(visitor, "/");
    people.values().forEach(browser -> homes.put(browser, home(browser)));
    Set<String> ours = id == null ? Set.of(COUNCIL) : Set.of(COUNCIL, id);
    homes.forEach(
        (browser, home) -> {
          if (browser != visitor) {
            try {
              Browser.Page page = browser.get(home);
              if (!page.uri().getPath().equals(home)) {
                failures.add(browser.who() + " was not signed in for the crawl: " + page.where());
                return;
              }
            } catch (Exception e) {
              failures.add(browser.who() + " could not open " + home + ": " + e);
              return;
            }
          }
          Instant began = Instant.now();
          Crawler.Result result = Crawler.crawl(browser, home, ours);
          try {
            Files.write(
                server.log().resolveSibling("crawl-" + browser.who().replace(' ', '-') + ".txt"),
                result.opened());
          } catch (IOException e) {
            System.out.println(
                "Could not keep the list of pages " + browser.who() + " opened: " + e);
          }
          System.out.printf(
              "Crawled %d pages as %s in %d s%n",
              result.visited(), browser.who(), Duration.between(began, Instant.now()).toSeconds());
          failures.addAll(result.failures());
        });
  }

  // --- helpers --------------------------------------------------------------------------------

  private String staffBase() {
    return "/staff/assessments/" + id;
  }

  private String councilBase() {
    return "/council/assessments/" + id;
  }

  /** The table row (or summary list row) of a page that names a person. */
  private static Element row(Browser.Page page, String text) {
    return page.document().select("tr").stream()
        .filter(tr -> tr.text().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + text + " on " + page.where()));
  }

  private static List<String> requestLinks(Browser.Page page) {
    return page.document().select("a[href*=/information-return/]").stream()
        .map(a -> a.attr("href"))
        .filter(h -> !h.endsWith("/due"))
        .toList();
  }

  /**
   * A lead assessor moves the assessment on to the next stage of its journey, confirming, as a lead
   * would, that they have seen any work the page says is not yet done.
   */
  private void moveTo(String stage) throws Exception {
    Browser.Page page = lead.get(staffBase() + "/stage");
    Browser.Form form = page.form(a -> a.endsWith(staffBase() + "/stage")).set("to", stage);
    if (page.document().selectFirst("input#acknowledged") != null) {
      form.set("acknowledged", "true");
    }
    Browser.Page moved = lead.submitAccepted(form, "move the assessment to " + stage);
    expect(
        moved.uri().getPath().equals(staffBase()),
        "moving to " + stage + " went to " + moved.where());
  }

  /** A condition the journey cannot go on without. */
  private static void expect(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  /** A condition whose failure is reported while the journey goes on. */
  private void check(boolean condition, String message) {
    if (!condition) {
      failures.add(message);
    }
  }

  private interface Step {
    void run() throws Exception;
  }

  private static final class StepFailed extends RuntimeException {
    StepFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private void step(String name, Step step) {
    Instant began = Instant.now();
    try {
      step.run();
    } catch (Exception | AssertionError e) {
      throw new StepFailed(
          "journey stopped at \""
              + name
              + "\": "
              + e.getMessage()
              + " ("
              + e.getClass().getSimpleName()
              + ")",
          e);
    } finally {
      System.out.printf(
          "Step \"%s\" took %d ms%n", name, Duration.between(began, Instant.now()).toMillis());
    }
  }
}
