package uk.assure.casetracking.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.assure.assessment.AssessmentAccess;
import uk.assure.assessment.domain.Assessment;
import uk.assure.casetracking.CaseTracking;
import uk.assure.casetracking.domain.CaseListReader;
import uk.assure.council.CouncilRegistry;
import uk.assure.security.AssureUser;

/** A council sending its pseudonymous case list, and seeing which cases will be followed. */
@Controller
class CouncilCasesController {

  private final AssessmentAccess access;
  private final CaseTracking cases;
  private final CouncilRegistry councils;

  CouncilCasesController(AssessmentAccess access, CaseTracking cases, CouncilRegistry councils) {
    this.access = access;
    this.cases = cases;
    this.councils = councils;
  }

  @GetMapping("/council/assessments/{id}/cases")
  String page(@PathVariable String id, @AuthenticationPrincipal AssureUser user, Model model) {
    return describe(access.forCouncilUser(user, id), model);
  }

  @GetMapping("/council/assessments/{id}/cases/template.csv")
  void template(
      @PathVariable String id,
      @AuthenticationPrincipal AssureUser user,
      HttpServletResponse response)
      throws IOException {
    access.forCouncilUser(user, id);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"case-list-template.csv\"");
    String example = "CT-0001,65-74,physical,own_home,yes,no,no,yes\r\n";
    response
        .getOutputStream()
        .write(
            (String.join(",", CaseListReader.COLUMNS) + "\r\n" + example)
                .getBytes(StandardCharsets.UTF_8));
  }

  @PostMapping("/council/assessments/{id}/cases")
  String upload(
      @PathVariable String id,
      @RequestParam(required = false) MultipartFile file,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    Assessment assessment = access.forCouncilUser(user, id);
    if (file == null || file.isEmpty()) {
      return refused(assessment, "cases.problem.noFile", model, response);
    }
    if (file.getSize() > CaseTracking.MAX_FILE_BYTES) {
      return refused(assessment, "cases.problem.tooLarge", model, response);
    }
    CaseTracking.UploadOutcome outcome =
        cases.upload(assessment, file.getOriginalFilename(), file.getInputStream(), user.email());
    if (outcome instanceof CaseTracking.UploadOutcome.Refused refused) {
      return refused(assessment, refused, model, response);
    }
    redirect.addFlashAttribute(
        "uploaded", ((CaseTracking.UploadOutcome.Taken) outcome).list().rowCount());
    return "redirect:/council/assessments/" + id + "/cases";
  }

  private String refused(
      Assessment assessment, String problemKey, Model model, HttpServletResponse response) {
    return refused(
        assessment,
        new CaseTracking.UploadOutcome.Refused(
            List.of(new CaseListReader.Problem(1, "", "", problemKey)), false),
        model,
        response);
  }

  private String refused(
      Assessment assessment,
      CaseTracking.UploadOutcome.Refused refused,
      Model model,
      HttpServletResponse response) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("problems", refused.problems());
    model.addAttribute("tooManyProblems", refused.tooManyProblems());
    return describe(assessment, model);
  }

  private String describe(Assessment assessment, Model model) {
    model.addAttribute("base", "/council/assessments/" + assessment.id());
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    model.addAttribute("state", cases.state(assessment));
    return "casetracking/council-cases";
  }
}
