package uk.assure.results.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.assure.council.domain.CouncilType;
import uk.assure.results.PublicRatings;

/** The public list of all councils with their ratings, searchable, filterable and sortable. */
@Controller
class CouncilListController {

  private final PublicRatings ratings;

  CouncilListController(PublicRatings ratings) {
    this.ratings = ratings;
  }

  @GetMapping("/councils")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String rating,
      @RequestParam(required = false) String sort,
      Model model) {
    CouncilListQuery query = new CouncilListQuery(q, region, type, rating, sort);
    List<CouncilRow> all = ratings.all().stream().map(CouncilRow::of).toList();
    model.addAttribute("query", query);
    model.addAttribute("rows", query.apply(all));
    model.addAttribute("total", all.size());
    model.addAttribute(
        "regions", all.stream().map(CouncilRow::region).distinct().sorted().toList());
    model.addAttribute("types", Arrays.asList(CouncilType.values()));
    // The rating filter offers each rating, then "not rated" (councils with no published rating).
    List<String> ratingFilter = new ArrayList<>(RatingTags.BEST_FIRST);
    ratingFilter.add(CouncilListQuery.NOT_RATED);
    model.addAttribute("ratingFilterValues", ratingFilter);
    model.addAttribute(
        "ratingFilterKeys",
        ratingFilter.stream()
            .map(
                code ->
                    code.equals(CouncilListQuery.NOT_RATED)
                        ? "councils.notRated"
                        : "rating.label." + code)
            .toList());
    model.addAttribute("sorts", Arrays.asList(CouncilListQuery.Sort.values()));
    return "results/councils";
  }
}
