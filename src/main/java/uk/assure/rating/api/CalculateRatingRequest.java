package uk.assure.rating.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;
import uk.assure.rating.domain.RatingRequest;

/**
 * Scores to rate, as sent to {@code POST /api/v1/ratings/calculate}. A statement left out or given
 * as {@code null} was not assessed.
 */
@Schema(
    name = "CalculateRatingRequest",
    description =
        "Scores to rate. Under 2024-12 give 'scores'; under 2023-12 give 'categoryScores'. A"
            + " statement left out or null was not assessed.",
    example =
        "{\"method\":\"2024-12\",\"scores\":{\"QS1\":3,\"QS2\":3,\"QS3\":4,\"QS4\":3,\"QS5\":4,"
            + "\"QS6\":4,\"QS7\":3,\"QS8\":4,\"QS9\":4}}")
record CalculateRatingRequest(
    @Schema(
            description = "The scoring method, by when it took effect.",
            allowableValues = {"2023-12", "2024-12"},
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "2024-12")
        String method,
    @Schema(
            description = "2024-12 only: quality statement code to score, 1 to 4.",
            example = "{\"QS1\":3,\"QS2\":null}")
        @JsonDeserialize(contentUsing = WholeScores.Score.class)
        Map<String, Integer> scores,
    @Schema(
            description =
                "2023-12 only: quality statement code to evidence category code"
                    + " (PEOPLE_EXPERIENCE, FEEDBACK_STAFF_LEADERS, FEEDBACK_PARTNERS, PROCESSES)"
                    + " to score, 1 to 4.",
            example = "{\"QS1\":{\"PEOPLE_EXPERIENCE\":3,\"PROCESSES\":2}}")
        @JsonDeserialize(contentUsing = WholeScores.Categories.class)
        Map<String, Map<String, Integer>> categoryScores) {

  RatingRequest toRatingRequest() {
    return new RatingRequest(method, scores, categoryScores);
  }
}
