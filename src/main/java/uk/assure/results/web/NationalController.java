package uk.assure.results.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.assure.framework.domain.Framework;
import uk.assure.rating.domain.Rating;
import uk.assure.results.NationalPicture;
import uk.assure.results.PublicRatings;

/** The national overview: ratings across England and the spread of each statement's scores. */
@Controller
class NationalController {

  private final PublicRatings ratings;
  private final Framework framework;

  NationalController(PublicRatings ratings, Framework framework) {
    this.ratings = ratings;
    this.framework = framework;
  }

  @GetMapping("/national")
  String national(Model model) {
    NationalPicture picture = NationalPicture.of(ratings.all(), framework.statementCodes());
    List<RatingBar> bars =
        RatingTags.BEST_FIRST.stream()
            .map(
                code ->
                    RatingBar.of(
                        code, picture.ratingCounts().get(Rating.fromCode(code)), picture.rated()))
            .toList();
    model.addAttribute("picture", picture);
    model.addAttribute("bars", bars);
    model.addAttribute("framework", framework);
    return "results/national";
  }

  /** One bar of the ratings chart, with its geometry worked out for the SVG. */
  record RatingBar(String code, int count, int percent, int width, int y) {

    static final int MAX_WIDTH = 290;

    static RatingBar of(String code, int count, int total) {
      int index = RatingTags.BEST_FIRST.indexOf(code);
      int percent = total == 0 ? 0 : Math.round(100f * count / total);
      int width = total == 0 ? 0 : Math.round((float) MAX_WIDTH * count / total);
      return new RatingBar(code, count, percent, width, index * 40);
    }
  }
}
