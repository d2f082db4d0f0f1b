package uk.assure.publication.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.factcheck.domain.ChangeLog;
import uk.assure.factcheck.web.ChangeLogView;
import uk.assure.publication.Publication;
import uk.assure.publication.VersionSummary;
import uk.assure.publication.domain.PublishedVersion;
import uk.assure.results.CouncilRating;
import uk.assure.results.PublicRatings;
import uk.assure.shared.web.NotFound;

/**
 * The public pages of a council's published report: the latest version, each earlier version at its
 * own address, and their PDFs. A council without a published report (not yet assessed, or shown
 * only with an illustrative rating) gets a page saying so, never an invented report.
 */
@Controller
class PublicReportController {

  private final Publication publication;
  private final CouncilRegistry councils;
  private final PublicRatings ratings;

  PublicReportController(Publication publication, CouncilRegistry councils, PublicRatings ratings) {
    this.publication = publication;
    this.councils = councils;
    this.ratings = ratings;
  }

  @GetMapping("/councils/{gss}/report")
  String latest(@PathVariable String gss, Model model, HttpServletResponse response) {
    Council council = council(gss);
    Optional<AssessmentId> reported = publication.reportedAssessment(council.gss());
    if (reported.isEmpty()) {
      return noReport(council, model, response);
    }
    List<VersionSummary> versions = publication.versions(reported.get());
    return page(council, reported.get(), versions, versions.size(), model);
  }

  @GetMapping("/councils/{gss}/report.pdf")
  ResponseEntity<byte[]> latestPdf(@PathVariable String gss) {
    Council council = council(gss);
    AssessmentId reported = publication.reportedAssessment(council.gss()).orElseThrow(this::none);
    return pdf(
        publication
            .version(reported, publication.versions(reported).size())
            .orElseThrow(this::none));
  }

  @GetMapping("/councils/{gss}/reports/{version}")
  String version(
      @PathVariable String gss,
      @PathVariable String version,
      Model model,
      HttpServletResponse response) {
    Council council = council(gss);
    Optional<AssessmentId> reported = publication.reportedAssessment(council.gss());
    if (reported.isEmpty()) {
      return noReport(council, model, response);
    }
    List<VersionSummary> versions = publication.versions(reported.get());
    int number = number(version, versions.size());
    return page(council, reported.get(), versions, number, model);
  }

  @GetMapping("/councils/{gss}/reports/{version}.pdf")
  ResponseEntity<byte[]> versionPdf(@PathVariable String gss, @PathVariable String version) {
    Council council = council(gss);
    AssessmentId reported = publication.reportedAssessment(council.gss()).orElseThrow(this::none);
    int number = number(version, publication.versions(reported).size());
    return pdf(publication.version(reported, number).orElseThrow(this::none));
  }

  private String page(
      Council council,
      AssessmentId assessment,
      List<VersionSummary> versions,
      int number,
      Model model) {
    PublishedVersion shown = publication.version(assessment, number).orElseThrow(this::none);
    model.addAttribute("council", council);
    model.addAttribute("shown", shown);
    model.addAttribute("shownRow", VersionRow.of(versions.get(number - 1)));
    model.addAttribute("latest", versions.size());
    model.addAttribute("isLatest", number == versions.size());
    List<VersionRow> rows = new ArrayList<>(versions.stream().map(VersionRow::of).toList());
    Collections.reverse(rows);
    model.addAttribute("versions", rows);
    if (number > 1) {
      PublishedVersion before = publication.version(assessment, number - 1).orElseThrow();
      model.addAttribute(
          "sincePrevious",
          ChangeLogView.of(
              ChangeLog.between(before.report().sections(), shown.report().sections())));
    }
    return "publication/report";
  }

  private String noReport(Council council, Model model, HttpServletResponse response) {
    Optional<CouncilRating> rating = ratings.of(council.gss());
    boolean demo = rating.flatMap(CouncilRating::latest).map(r -> r.demo()).orElse(false);
    model.addAttribute("council", council);
    model.addAttribute("demo", demo);
    response.setStatus(HttpStatus.NOT_FOUND.value());
    return "publication/no-report";
  }

  private Council council(String gss) {
    return GssCode.parse(gss).flatMap(councils::find).orElseThrow(this::none);
  }

  private int number(String version, int latest) {
    return ReportVersion.read(version, latest).orElseThrow(this::none);
  }

  private ResponseEntity<byte[]> pdf(PublishedVersion version) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(
                    version.council().value() + "-report-version-" + version.version() + ".pdf")
                .build()
                .toString())
        .header("X-Content-SHA256", version.report().contentHash())
        .body(version.report().pdf());
  }

  private NotFound none() {
    return new NotFound();
  }
}
