package uk.assure.indicator.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.indicator.CouncilIndicator;
import uk.assure.indicator.CouncilIndicators;
import uk.assure.shared.api.FieldProblem;
import uk.assure.shared.api.InvalidInputException;
import uk.assure.shared.web.NotFound;

@RestController
@Tag(
    name = "Indicators",
    description = "National performance data for each council, compared with England")
class IndicatorsApiController {

  private final CouncilRegistry councils;
  private final CouncilIndicators indicators;

  IndicatorsApiController(CouncilRegistry councils, CouncilIndicators indicators) {
    this.councils = councils;
    this.indicators = indicators;
  }

  @GetMapping("/api/v1/councils/{gss}/indicators")
  @Operation(
      summary =
          "A council's published figures with 95% intervals, England and region figures, and the"
              + " comparison with England with the test used")
  @ApiResponse(responseCode = "200", description = "The figures, possibly none")
  @ApiResponse(
      responseCode = "400",
      description = "A filter that is not valid",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "404",
      description = "No council with adult social care duties has this GSS code",
      content = @Content(mediaType = "application/problem+json"))
  List<CouncilIndicator> list(
      @PathVariable String gss,
      @RequestParam(required = false) String measure,
      @RequestParam(required = false) String period) {
    Council council =
        GssCode.parse(gss)
            .flatMap(councils::find)
            .orElseThrow(
                () ->
                    new NotFound(
                        "No council with adult social care duties has the GSS code '"
                            + gss
                            + "'."));
    if (period != null && !period.matches("[0-9A-Za-z -]{4,20}")) {
      throw new InvalidInputException(
          List.of(
              new FieldProblem("period", "Give a period such as 2022-23, not '" + period + "'")));
    }
    if (measure != null && (measure.isBlank() || measure.length() > 100)) {
      throw new InvalidInputException(
          List.of(
              new FieldProblem(
                  "measure", "Give a measure code such as 2B(1), of up to 100 characters")));
    }
    return indicators.of(council, Optional.ofNullable(measure), Optional.ofNullable(period));
  }
}
