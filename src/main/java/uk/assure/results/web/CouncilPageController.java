package uk.assure.results.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.assure.council.domain.GssCode;
import uk.assure.framework.domain.Framework;
import uk.assure.rating.RatingExplanation;
import uk.assure.results.PublicRatings;

/** The public page of one council: its rating, the scores behind it and the arithmetic. */
@Controller
class CouncilPageController {

  private final PublicRatings ratings;
  private final Framework framework;
  private final RatingExplanation explanation;

  CouncilPageController(PublicRatings ratings, Framework framework, RatingExplanation explanation) {
    this.ratings = ratings;
    this.framework = framework;
    this.explanation = explanation;
  }

  @GetMapping("/councils/{gss}")
  String council(@PathVariable String gss, Model model) {
    var rating =
        GssCode.parse(gss)
            .flatMap(ratings::of)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("page", CouncilPageView.of(rating, framework, explanation));
    return "results/council";
  }
}
