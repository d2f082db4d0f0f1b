package uk.assure.results.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.assure.council.domain.GssCode;
import uk.assure.framework.domain.Framework;
import uk.assure.rating.RatingExplanation;
import uk.assure.results.PublicRatings;
import uk.assure.results.PublishedReports;
import uk.assure.shared.web.NotFound;

/** The public page of one council: its rating, the scores behind it and the arithmetic. */
@Controller
class CouncilPageController {

  private static final DateTimeFormatter REPORT_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final PublicRatings ratings;
  private final Framework framework;
  private final RatingExplanation explanation;
  private final PublishedReports reports;

  CouncilPageController(
      PublicRatings ratings,
      Framework framework,
      RatingExplanation explanation,
      PublishedReports reports) {
    this.ratings = ratings;
    this.framework = framework;
    this.explanation = explanation;
    this.reports = reports;
  }

  @GetMapping("/councils/{gss}")
  String council(@PathVariable String gss, Model model) {
    var rating = GssCode.parse(gss).flatMap(ratings::of).orElseThrow(() -> new NotFound());
    model.addAttribute("page", CouncilPageView.of(rating, framework, explanation));
    if (rating.latest().filter(r -> !r.demo()).isPresent()) {
      // A council rated for real shows no illustrative banner, whatever other pages show.
      model.addAttribute("demoEnabled", false);
    }
    rating
        .latest()
        .filter(r -> !r.demo())
        .flatMap(r -> reports.latest(r.assessment().id()))
        .ifPresent(
            v -> {
              model.addAttribute("publishedReport", v);
              model.addAttribute("publishedReportOn", v.publishedOn().format(REPORT_DATE));
            });
    return "results/council";
  }
}
