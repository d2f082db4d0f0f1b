package uk.assure.market.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.GssCode;
import uk.assure.market.CareMarket;
import uk.assure.shared.web.NotFound;

@RestController
@Tag(
    name = "Care market",
    description =
        "How current the regulator's ratings of care services are, and how home care is spread"
            + " across providers, from the regulator's care directory")
class CareMarketApiController {

  private static final String NOT_IMPORTED = "No care directory has been imported yet.";

  private final CareMarket market;
  private final CouncilRegistry councils;

  CareMarketApiController(CareMarket market, CouncilRegistry councils) {
    this.market = market;
    this.councils = councils;
  }

  /** England's figures and every council's, from the latest care directory imported. */
  record NationalResponse(
      LocalDate asOf, CareMarketResponse england, List<CareMarketResponse> councils) {}

  @GetMapping("/api/v1/councils/{gss}/care-market")
  @Operation(summary = "A council's care market figures from the latest care directory imported")
  @ApiResponse(responseCode = "200", description = "The figures")
  @ApiResponse(
      responseCode = "404",
      description = "No council has this GSS code, or no care directory has been imported",
      content = @Content(mediaType = "application/problem+json"))
  CareMarketResponse council(@PathVariable String gss) {
    GssCode council =
        GssCode.parse(gss)
            .filter(code -> councils.find(code).isPresent())
            .orElseThrow(
                () ->
                    new NotFound(
                        "No council with adult social care duties has the GSS code '"
                            + gss
                            + "'."));
    return market
        .latest(council)
        .map(CareMarketResponse::of)
        .orElseThrow(() -> new NotFound(NOT_IMPORTED));
  }

  @GetMapping("/api/v1/care-market")
  @Operation(summary = "England's and every council's care market figures, latest import")
  @ApiResponse(responseCode = "200", description = "The figures, England first")
  @ApiResponse(
      responseCode = "404",
      description = "No care directory has been imported",
      content = @Content(mediaType = "application/problem+json"))
  NationalResponse national() {
    List<CareMarket.Figures> all =
        market
            .latestAll()
            .filter(list -> !list.isEmpty())
            .orElseThrow(() -> new NotFound(NOT_IMPORTED));
    return new NationalResponse(
        all.get(0).asOf(),
        CareMarketResponse.of(all.get(0)),
        all.subList(1, all.size()).stream().map(CareMarketResponse::of).toList());
  }
}
