package uk.assure.report.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.assure.assessment.AssessmentAccess;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.CouncilRegistry;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.QualityStatement;
import uk.assure.report.ReportComposer;
import uk.assure.report.ReportDocx;
import uk.assure.report.ReportNarratives;
import uk.assure.report.ReportUnavailable;
import uk.assure.report.domain.ComposedReport;
import uk.assure.report.domain.CouncilContext;
import uk.assure.report.domain.Narrative;
import uk.assure.report.domain.StatementNarrative;
import uk.assure.security.AssureUser;
import uk.assure.security.domain.Role;
import uk.assure.shared.web.AssessmentSection;
import uk.assure.shared.web.ConflictNotice;

/**
 * The report's pages for staff: writing the narrative, and the composed report as a web page, a PDF
 * and a DOCX for editing off-line.
 */
@Controller
class ReportController {

  private final AssessmentAccess access;
  private final ReportNarratives narratives;
  private final ReportComposer composer;
  private final ReportDocx docx;
  private final CouncilRegistry councils;
  private final Framework framework;

  ReportController(
      AssessmentAccess access,
      ReportNarratives narratives,
      ReportComposer composer,
      ReportDocx docx,
      CouncilRegistry councils,
      Framework framework) {
    this.access = access;
    this.narratives = narratives;
    this.composer = composer;
    this.docx = docx;
    this.councils = councils;
    this.framework = framework;
  }

  @Bean
  static AssessmentSection reportSection() {
    return new AssessmentSection(100, "/report", "report.section", false);
  }

  @GetMapping("/staff/assessments/{id}/report")
  String narrative(@PathVariable String id, Model model) {
    Assessment assessment = access.forStaff(id);
    Narrative current = narratives.current(assessment.id());
    model.addAttribute("narrativeForm", form(current));
    return page(assessment, current, model);
  }

  @PostMapping("/staff/assessments/{id}/report")
  String save(
      @PathVariable String id,
      @Valid @ModelAttribute NarrativeForm narrativeForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    Narrative current = narratives.current(assessment.id());
    Optional<Integer> population = narrativeForm.population(errors);
    Optional<Long> budget = narrativeForm.netBudget(errors);
    Optional<Integer> spend = narrativeForm.spendPerAdult(errors);
    Optional<String> year = Optional.of(narrativeForm.getFinancialYear()).filter(y -> !y.isEmpty());
    if (year.isPresent()
        && !errors.hasFieldErrors("financialYear")
        && !CouncilContext.isFinancialYear(year.get())) {
      errors.rejectValue("financialYear", "report.problem.financialYear");
    }
    boolean figures = population.isPresent() || budget.isPresent() || spend.isPresent();
    if (figures && narrativeForm.getSource().isBlank()) {
      errors.rejectValue("source", "report.problem.sourceNeeded");
    }
    Map<String, StatementNarrative> statements = statements(narrativeForm, errors);
    if (errors.hasErrors()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(assessment, current, model);
    }
    ReportNarratives.Outcome outcome =
        narratives.save(
            assessment,
            narrativeForm.getVersion(),
            new CouncilContext(population, budget, spend, year, narrativeForm.getSource()),
            narrativeForm.getPeopleExperience(),
            statements,
            user.email(),
            user.role() == Role.LEAD_ASSESSOR);
    if (outcome instanceof ReportNarratives.Outcome.Saved saved) {
      redirect.addFlashAttribute("saved", saved.version());
      return "redirect:/staff/assessments/" + id + "/report";
    }
    if (outcome instanceof ReportNarratives.Outcome.NothingChanged same) {
      redirect.addFlashAttribute("saved", same.version());
      return "redirect:/staff/assessments/" + id + "/report";
    }
    if (outcome instanceof ReportNarratives.Outcome.Conflict conflict) {
      response.setStatus(HttpStatus.CONFLICT.value());
      Narrative latest = conflict.latest();
      model.addAttribute("conflict", ConflictNotice.of(latest.savedBy(), latest.savedAt()));
      model.addAttribute("conflictVersion", latest.version());
      narrativeForm.setVersion(latest.version());
      return page(assessment, latest, model);
    }
    errors.reject("report.problem.published");
    response.setStatus(HttpStatus.CONFLICT.value());
    return page(assessment, current, model);
  }

  @GetMapping("/staff/assessments/{id}/report/preview")
  String preview(@PathVariable String id, Model model, HttpServletResponse response) {
    Assessment assessment = access.forStaff(id);
    model.addAttribute("assessmentId", assessment.id().toString());
    try {
      model.addAttribute("report", composer.text(assessment.id()));
      return "report/preview";
    } catch (ReportUnavailable e) {
      return unavailable(e, model, response);
    }
  }

  @GetMapping("/staff/assessments/{id}/report.pdf")
  Object pdf(@PathVariable String id, Model model, HttpServletResponse response) {
    Assessment assessment = access.forStaff(id);
    try {
      ComposedReport report = composer.compose(assessment.id());
      return download(report.pdf(), MediaType.APPLICATION_PDF, fileName(assessment, "pdf"));
    } catch (ReportUnavailable e) {
      model.addAttribute("assessmentId", assessment.id().toString());
      return unavailable(e, model, response);
    }
  }

  @GetMapping("/staff/assessments/{id}/report.docx")
  Object docx(@PathVariable String id, Model model, HttpServletResponse response) {
    Assessment assessment = access.forStaff(id);
    try {
      return download(
          docx.write(assessment.id()),
          MediaType.parseMediaType(ReportDocx.MEDIA_TYPE),
          fileName(assessment, "docx"));
    } catch (ReportUnavailable e) {
      model.addAttribute("assessmentId", assessment.id().toString());
      return unavailable(e, model, response);
    }
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  private static String fileName(Assessment assessment, String extension) {
    return "report-" + assessment.council().value() + "-" + assessment.id() + "." + extension;
  }

  private static String unavailable(
      ReportUnavailable e, Model model, HttpServletResponse response) {
    response.setStatus(
        "report.unavailable.notFound".equals(e.messageKey())
            ? HttpStatus.NOT_FOUND.value()
            : HttpStatus.SERVICE_UNAVAILABLE.value());
    model.addAttribute("problemKey", e.messageKey());
    return "report/unavailable";
  }

  private String page(Assessment assessment, Narrative current, Model model) {
    model.addAttribute("assessment", assessment);
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    model.addAttribute("latestVersion", current.version());
    model.addAttribute("savedBy", current.savedBy().orElse(""));
    model.addAttribute("savedAt", current.savedAt().map(ConflictNotice::when).orElse(""));
    model.addAttribute(
        "versions",
        narratives.versions(assessment.id()).stream()
            .map(v -> new VersionRow(v.version(), v.savedBy(), ConflictNotice.when(v.savedAt())))
            .toList());
    model.addAttribute("statementNames", statementNames());
    model.addAttribute("topics", narratives.topics().labels());
    return "report/narrative";
  }

  private Map<String, String> statementNames() {
    Map<String, String> names = new LinkedHashMap<>();
    framework.statements().forEach(s -> names.put(s.code(), s.code() + " " + s.name()));
    return names;
  }

  private NarrativeForm form(Narrative narrative) {
    NarrativeForm form = new NarrativeForm();
    form.setVersion(narrative.version());
    CouncilContext c = narrative.context();
    form.setPopulation(c.population().map(String::valueOf).orElse(""));
    form.setNetBudget(c.netBudgetPounds().map(String::valueOf).orElse(""));
    form.setSpendPerAdult(c.spendPerAdultPounds().map(String::valueOf).orElse(""));
    form.setFinancialYear(c.financialYear().orElse(""));
    form.setSource(c.source());
    form.setPeopleExperience(narrative.peopleExperience());
    for (QualityStatement s : framework.statements()) {
      StatementNarrative written = narrative.statement(s.code());
      NarrativeForm.StatementFields fields = new NarrativeForm.StatementFields();
      fields.setCode(s.code());
      fields.setKeyFindings(written.keyFindings());
      fields.setStrengths(written.strengths());
      fields.setAreasForDevelopment(written.areasForDevelopment());
      fields.setTags(written.tags());
      form.getStatements().add(fields);
    }
    return form;
  }

  /** The statements' findings, checking the form has each of the framework's once. */
  private Map<String, StatementNarrative> statements(NarrativeForm form, BindingResult errors) {
    List<String> expected = framework.statementCodes();
    List<String> given = form.getStatements().stream().map(s -> s.getCode()).toList();
    if (!given.equals(expected)) {
      errors.reject("report.problem.statements");
      return Map.of();
    }
    Map<String, StatementNarrative> statements = new LinkedHashMap<>();
    for (int i = 0; i < form.getStatements().size(); i++) {
      NarrativeForm.StatementFields fields = form.getStatements().get(i);
      List<String> tags = fields.getTags().stream().distinct().toList();
      if (!tags.stream().allMatch(narratives.topics()::isKnown)) {
        errors.rejectValue("statements[" + i + "].tags", "report.problem.tags");
        continue;
      }
      if (errors.hasFieldErrors("statements[" + i + "].*")) {
        continue;
      }
      StatementNarrative s =
          new StatementNarrative(
              fields.getCode(),
              fields.getKeyFindings(),
              fields.getStrengths(),
              fields.getAreasForDevelopment(),
              tags);
      if (!s.isEmpty() || !s.tags().isEmpty()) {
        statements.put(s.statement(), s);
      }
    }
    return statements;
  }

  /** A saved version as the history lists it. */
  record VersionRow(int version, String savedBy, String savedAt) {}

  /** Who saved the narrative while the person was editing it, and when. */
}
