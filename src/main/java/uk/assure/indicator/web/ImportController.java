package uk.assure.indicator.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import uk.assure.indicator.importing.ImportJobs;
import uk.assure.indicator.importing.IndicatorImports;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.NotFound;

/** Analysts importing published data files in the staff area, and following each import. */
@Controller
class ImportController {

  private final ImportJobs jobs;

  ImportController(ImportJobs jobs) {
    this.jobs = jobs;
  }

  @GetMapping("/staff/indicators")
  String page(Model model) {
    model.addAttribute("jobs", jobs.recent());
    return "indicator/imports";
  }

  @PostMapping("/staff/indicators/imports")
  String upload(
      @RequestParam(defaultValue = "") String layout,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(required = false) MultipartFile file,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response)
      throws IOException {
    String problem = null;
    String field = "layout";
    IndicatorImports.Format format = null;
    try {
      format = IndicatorImports.Format.fromCode(layout);
    } catch (IllegalArgumentException e) {
      problem = "indicators.import.layout";
    }
    if (problem == null && format.needsPeriod() && !period.strip().matches("\\d{4}-\\d{2}")) {
      problem = "indicators.import.period";
      field = "period";
    } else if (problem == null && (file == null || file.isEmpty())) {
      problem = "indicators.import.empty";
      field = "file";
    } else if (problem == null && !looksLikeText(file)) {
      problem = "indicators.import.notCsv";
      field = "file";
    }
    if (problem != null) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("problem", problem);
      model.addAttribute("problemField", field);
      model.addAttribute("layout", layout);
      model.addAttribute("period", period);
      return page(model);
    }
    UUID id =
        jobs.start(
            format,
            file.getInputStream(),
            safeName(file.getOriginalFilename()),
            period.isBlank() ? null : period.strip(),
            user.email());
    return "redirect:/staff/indicators/imports/" + id;
  }

  @GetMapping("/staff/indicators/imports/{id}")
  String job(@PathVariable String id, Model model) {
    model.addAttribute("job", find(id));
    model.addAttribute("pageScript", "/js/import-progress.js");
    return "indicator/import-job";
  }

  @GetMapping("/staff/indicators/imports/{id}/progress")
  @ResponseBody
  Map<String, Object> progress(@PathVariable String id) {
    ImportJobs.Job job = find(id);
    return Map.of("status", job.status(), "rowsRead", job.rowsRead());
  }

  private ImportJobs.Job find(String id) {
    try {
      return jobs.find(UUID.fromString(id)).orElseThrow(() -> new NotFound());
    } catch (IllegalArgumentException e) {
      throw new NotFound();
    }
  }

  /** A CSV file is text: a NUL byte early on means a spreadsheet, an image or some other file. */
  private static boolean looksLikeText(MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      byte[] start = in.readNBytes(8192);
      for (byte b : start) {
        if (b == 0) {
          return false;
        }
      }
      return !(start.length >= 2 && start[0] == 'P' && start[1] == 'K');
    }
  }

  private static String safeName(String name) {
    String base = name == null ? "upload.csv" : name.replaceAll(".*[/\\\\]", "");
    base = base.replaceAll("[^A-Za-z0-9._ -]", "_");
    return base.isBlank() ? "upload.csv" : base.substring(0, Math.min(200, base.length()));
  }
}
