package uk.assure.market.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.assure.market.CareMarket;
import uk.assure.market.domain.AreaFigures;
import uk.assure.market.domain.GroupFigures;

/**
 * One area's care market figures as the API gives them.
 *
 * @param gss the council's GSS code, or England's (E92000001)
 */
record CareMarketResponse(
    String gss,
    LocalDate asOf,
    List<Group> groups,
    int domiciliaryProviders,
    int domiciliaryLocations) {

  static final String ENGLAND = "E92000001";

  record Group(
      String group,
      int locations,
      int rated,
      int neverRated,
      BigDecimal neverRatedPct,
      int underTwoYears,
      int twoToFourYears,
      int fourToEightYears,
      int eightYearsOrMore,
      BigDecimal outdatedPct,
      BigDecimal averageAgeYears,
      int inherited,
      int outstanding,
      int good,
      int requiresImprovement,
      int inadequate) {

    static Group of(GroupFigures figures) {
      return new Group(
          figures.group().code(),
          figures.locations(),
          figures.rated(),
          figures.neverRated(),
          figures.neverRatedPct(),
          figures.underTwoYears(),
          figures.twoToFourYears(),
          figures.fourToEightYears(),
          figures.eightYearsOrMore(),
          figures.outdatedPct(),
          figures.averageAgeYears(),
          figures.inherited(),
          figures.outstanding(),
          figures.good(),
          figures.requiresImprovement(),
          figures.inadequate());
    }
  }

  static CareMarketResponse of(CareMarket.Figures figures) {
    AreaFigures area = figures.area();
    return new CareMarketResponse(
        area.england() ? ENGLAND : area.council().value(),
        figures.asOf(),
        area.groups().stream().map(Group::of).toList(),
        area.domiciliaryProviders(),
        area.domiciliaryLocations());
  }
}
