package uk.assure.shared.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of every JSON error answer (RFC 9457 problem details, {@code
 * application/problem+json}), for the API documentation; the answers themselves are built as Spring
 * {@code ProblemDetail}s by {@link ApiProblemHandler}.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details.")
public record ApiProblem(
    @Schema(example = "about:blank") String type,
    @Schema(example = "Bad Request") String title,
    @Schema(example = "400") int status,
    @Schema(
            description = "What went wrong, in a sentence a person can act on.",
            example = "The score for QS1 must be a whole number from 1 to 4, not 5.")
        String detail,
    @Schema(example = "/api/v1/ratings/calculate") String instance,
    @Schema(description = "Each problem with the request (400 answers only).")
        List<FieldProblem> errors,
    @Schema(
            description =
                "A reference to quote when reporting an unexpected error (500 answers only).",
            example = "3f2c9a4e-8d1b-4c7a-9e2f-0a1b2c3d4e5f")
        String correlationId) {}
