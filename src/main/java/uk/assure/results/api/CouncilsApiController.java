package uk.assure.results.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.assure.council.domain.GssCode;
import uk.assure.framework.domain.Framework;
import uk.assure.rating.RatingExplanation;
import uk.assure.rating.api.RatingResponse;
import uk.assure.results.CouncilRating;
import uk.assure.results.PublicRatings;
import uk.assure.results.PublishedRating;
import uk.assure.shared.web.NotFound;

@RestController
@RequestMapping("/api/v1/councils")
@Tag(name = "Councils", description = "Councils with adult social care duties and their ratings")
class CouncilsApiController {

  private final PublicRatings ratings;
  private final Framework framework;
  private final RatingExplanation explanation;

  CouncilsApiController(PublicRatings ratings, Framework framework, RatingExplanation explanation) {
    this.ratings = ratings;
    this.framework = framework;
    this.explanation = explanation;
  }

  @GetMapping
  @Operation(summary = "All 153 councils with the rating in force for each")
  List<CouncilSummaryResponse> list() {
    return ratings.all().stream().map(CouncilSummaryResponse::of).toList();
  }

  @GetMapping("/{gss}")
  @Operation(
      summary = "One council: the rating in force, its statement scores and how it was worked out")
  @ApiResponse(responseCode = "200", description = "The council")
  @ApiResponse(
      responseCode = "404",
      description = "No council with adult social care duties has this GSS code",
      content = @Content(mediaType = "application/problem+json"))
  CouncilDetailResponse council(@PathVariable String gss) {
    CouncilRating rating =
        GssCode.parse(gss)
            .flatMap(ratings::of)
            .orElseThrow(
                () ->
                    new NotFound(
                        "No council with adult social care duties has the GSS code '"
                            + gss
                            + "'. Codes look like E09000007; GET /api/v1/councils lists them all."));
    var council = rating.council();
    var latest = rating.latest();
    return new CouncilDetailResponse(
        council.gss().value(),
        council.name(),
        council.officialName(),
        council.region(),
        council.type().code(),
        council.population(),
        latest.map(l -> RatingResponse.of(l.result(), framework, explanation)).orElse(null),
        latest.map(PublishedRating::publishedOn).orElse(null),
        latest.map(PublishedRating::demo).orElse(false),
        rating.history().stream()
            .map(
                p ->
                    new CouncilDetailResponse.PublishedAssessment(
                        p.publishedOn(),
                        p.result().method().code(),
                        p.result().rating().code(),
                        p.result().percentage().value(),
                        p.result().partial(),
                        p.demo()))
            .toList());
  }
}
