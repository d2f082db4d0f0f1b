package uk.assure.indicator.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
    ImportUpload upload = ImportUpload.read(layout, period, file);
    if (upload instanceof ImportUpload.Refused refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("problem", refused.refusal().key());
      model.addAttribute("problemField", refused.refusal().field());
      model.addAttribute("layout", layout);
      model.addAttribute("period", period);
      return page(model);
    }
    ImportUpload.Ready ready = (ImportUpload.Ready) upload;
    UUID id =
        jobs.start(
            ready.format(),
            ready.file().getInputStream(),
            ready.fileName(),
            ready.period(),
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
}
