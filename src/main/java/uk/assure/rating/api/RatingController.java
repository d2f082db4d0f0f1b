package uk.assure.rating.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.assure.framework.domain.Framework;
import uk.assure.rating.RatingExplanation;
import uk.assure.rating.domain.RatingOutcome;
import uk.assure.rating.domain.RatingPolicy;
import uk.assure.shared.api.ApiProblem;
import uk.assure.shared.api.FieldProblem;
import uk.assure.shared.api.InvalidInputException;

/** Works out a rating from scores sent as JSON, with the arithmetic and an explanation. */
@RestController
@RequestMapping("/api/v1/ratings")
@Tag(name = "Ratings", description = "The published rating rules, applied to any scores.")
class RatingController {

  private final RatingPolicy policy;
  private final Framework framework;
  private final RatingExplanation explanation;

  RatingController(RatingPolicy policy, Framework framework, RatingExplanation explanation) {
    this.policy = policy;
    this.framework = framework;
    this.explanation = explanation;
  }

  @Operation(
      summary = "Work out a rating from scores",
      description =
          "Applies the published rules: the overall percentage is the total of the assessed"
              + " statement scores over 4 times the number assessed, rounded up to a whole"
              + " percent; 25-38 is inadequate, 39-62 requires improvement, 63-87 good and 88-100"
              + " outstanding. Under the 2023-12 method each statement's score first comes from"
              + " its evidence category scores in the same way. Nothing is stored.")
  @ApiResponse(responseCode = "200", description = "The rating, with the arithmetic behind it.")
  @ApiResponse(
      responseCode = "400",
      description =
          "The scores cannot be rated, or the body is not valid JSON of the right shape; each"
              + " problem is named in errors.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              schema = @Schema(implementation = ApiProblem.class)))
  @ApiResponse(
      responseCode = "415",
      description = "The body was not sent as application/json.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              schema = @Schema(implementation = ApiProblem.class)))
  @PostMapping(path = "/calculate", produces = MediaType.APPLICATION_JSON_VALUE)
  RatingResponse calculate(@RequestBody CalculateRatingRequest request) {
    RatingOutcome outcome = policy.rate(request.toRatingRequest());
    if (outcome instanceof RatingOutcome.Refused refused) {
      throw new InvalidInputException(
          refused.problems().stream().map(p -> new FieldProblem(p.field(), p.message())).toList());
    }
    return RatingResponse.of(outcome.orElseThrow(), framework, explanation);
  }
}
