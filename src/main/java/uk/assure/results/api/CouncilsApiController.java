package uk.assure.results.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.assure.results.PublicRatings;

@RestController
@RequestMapping("/api/v1/councils")
@Tag(name = "Councils", description = "Councils with adult social care duties and their ratings")
class CouncilsApiController {

  private final PublicRatings ratings;

  CouncilsApiController(PublicRatings ratings) {
    this.ratings = ratings;
  }

  @GetMapping
  @Operation(summary = "All 153 councils with the rating in force for each")
  List<CouncilSummaryResponse> list() {
    return ratings.all().stream().map(CouncilSummaryResponse::of).toList();
  }
}
