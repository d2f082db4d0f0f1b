package uk.assure.document.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.assure.assessment.AssessmentAccess;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.CouncilRegistry;
import uk.assure.document.Documents;
import uk.assure.document.StoredDocument;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.AssessmentSection;
import uk.assure.shared.web.NotFound;

/**
 * The documents an assessment holds, searchable by their text, for the regulator's staff and for
 * the council that sent them; and each document's download.
 */
@Controller
class DocumentsController {

  private final AssessmentAccess access;
  private final Documents documents;
  private final CouncilRegistry councils;

  DocumentsController(AssessmentAccess access, Documents documents, CouncilRegistry councils) {
    this.access = access;
    this.documents = documents;
    this.councils = councils;
  }

  @Bean
  static AssessmentSection documentsSection() {
    return new AssessmentSection(30, "/documents", "documents.section", true);
  }

  @GetMapping("/staff/assessments/{id}/documents")
  String staffList(
      @PathVariable String id, @RequestParam(defaultValue = "") String q, Model model) {
    return list(access.forStaff(id), q, "/staff/assessments/", model);
  }

  @GetMapping("/council/assessments/{id}/documents")
  String councilList(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String q,
      @AuthenticationPrincipal AssureUser user,
      Model model) {
    return list(access.forCouncilUser(user, id), q, "/council/assessments/", model);
  }

  @GetMapping("/staff/assessments/{id}/documents/{documentId}")
  void staffDownload(
      @PathVariable String id, @PathVariable String documentId, HttpServletResponse response)
      throws IOException {
    download(access.forStaff(id), documentId, response);
  }

  @GetMapping("/council/assessments/{id}/documents/{documentId}")
  void councilDownload(
      @PathVariable String id,
      @PathVariable String documentId,
      @AuthenticationPrincipal AssureUser user,
      HttpServletResponse response)
      throws IOException {
    download(access.forCouncilUser(user, id), documentId, response);
  }

  private String list(Assessment assessment, String query, String area, Model model) {
    String base = area + assessment.id();
    model.addAttribute("assessment", assessment);
    model.addAttribute("base", base);
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    List<DocumentView> views =
        documents.inAssessment(assessment).stream()
            .map(d -> DocumentView.of(d, base + "/documents"))
            .toList();
    model.addAttribute("documents", views);
    model.addAttribute("q", query);
    model.addAttribute("searched", !query.isBlank());
    model.addAttribute(
        "hits",
        documents.search(assessment, query).stream()
            .map(h -> HitView.of(h, base + "/documents"))
            .toList());
    return "document/list";
  }

  private void download(Assessment assessment, String documentId, HttpServletResponse response)
      throws IOException {
    StoredDocument document =
        documents.find(assessment, documentId).orElseThrow(() -> new NotFound());
    response.setContentType(document.mediaType());
    response.setContentLengthLong(document.sizeBytes());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(document.fileName(), StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader("X-Content-Type-Options", "nosniff");
    documents.copy(document, response.getOutputStream());
  }
}
