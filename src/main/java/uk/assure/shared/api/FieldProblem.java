package uk.assure.shared.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One thing wrong with a request, in the {@code errors} array of a problem details response.
 *
 * @param field where the problem is, as a path into the request body (for example {@code
 *     scores.QS1}) or the name of a request parameter
 * @param message what is wrong, in a sentence a person can act on
 */
@Schema(description = "One thing wrong with the request.")
public record FieldProblem(
    @Schema(
            description = "Path to the value in the request body or the parameter name.",
            example = "scores.QS1")
        String field,
    @Schema(
            description = "What is wrong, in a sentence a person can act on.",
            example = "The score for QS1 must be a whole number from 1 to 4, not 5.")
        String message) {}
