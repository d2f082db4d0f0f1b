package uk.assure.market.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import uk.assure.council.domain.GssCode;

/**
 * Adds up the care directory's locations one at a time (so a large file need not be held in memory)
 * into the figures per council and for England, as of one date.
 */
public final class MarketTally {

  private final LocalDate asOf;
  private final Area england = new Area();
  private final Map<String, Area> councils = new TreeMap<>();

  public MarketTally(LocalDate asOf) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** Counts the location if the figures count it (adult social care, not dormant). */
  public void add(LocationRow row) {
    if (!row.counted()) {
      return;
    }
    england.add(row, asOf);
    councils.computeIfAbsent(row.council().value(), gss -> new Area()).add(row, asOf);
  }

  /** The figures for England. */
  public AreaFigures england() {
    return england.figures(null);
  }

  /** The figures for every council with at least one counted location, by GSS code. */
  public List<AreaFigures> councils() {
    List<AreaFigures> figures = new ArrayList<>();
    councils.forEach((gss, area) -> figures.add(area.figures(new GssCode(gss))));
    return figures;
  }

  private static final class Area {
    private final Map<MarketGroup, Counts> groups = new EnumMap<>(MarketGroup.class);
    private final Set<String> domiciliaryProviders = new HashSet<>();
    private int domiciliaryLocations;

    Area() {
      for (MarketGroup group : MarketGroup.values()) {
        groups.put(group, new Counts());
      }
    }

    void add(LocationRow row, LocalDate asOf) {
      groups.forEach(
          (group, counts) -> {
            if (group.includes(row.category())) {
              counts.add(row, asOf);
            }
          });
      if (row.domiciliary()) {
        domiciliaryLocations++;
        domiciliaryProviders.add(row.providerId());
      }
    }

    AreaFigures figures(GssCode council) {
      List<GroupFigures> figures = new ArrayList<>();
      groups.forEach((group, counts) -> figures.add(counts.figures(group)));
      return new AreaFigures(council, figures, domiciliaryProviders.size(), domiciliaryLocations);
    }
  }

  private static final class Counts {
    private int locations;
    private int rated;
    private int inherited;
    private long totalDays;
    private final int[] ages = new int[RatingAge.values().length];
    private final int[] ratings = new int[LocationRating.values().length];

    void add(LocationRow row, LocalDate asOf) {
      locations++;
      if (!row.rated()) {
        return;
      }
      rated++;
      if (row.inherited()) {
        inherited++;
      }
      totalDays += ChronoUnit.DAYS.between(row.publicationDate(), asOf);
      ages[RatingAge.of(row.publicationDate(), asOf).ordinal()]++;
      ratings[row.rating().ordinal()]++;
    }

    GroupFigures figures(MarketGroup group) {
      return new GroupFigures(
          group,
          locations,
          rated,
          ages[RatingAge.UNDER_TWO_YEARS.ordinal()],
          ages[RatingAge.TWO_TO_FOUR_YEARS.ordinal()],
          ages[RatingAge.FOUR_TO_EIGHT_YEARS.ordinal()],
          ages[RatingAge.EIGHT_YEARS_OR_MORE.ordinal()],
          GroupFigures.averageAge(totalDays, rated),
          inherited,
          ratings[LocationRating.OUTSTANDING.ordinal()],
          ratings[LocationRating.GOOD.ordinal()],
          ratings[LocationRating.REQUIRES_IMPROVEMENT.ordinal()],
          ratings[LocationRating.INADEQUATE.ordinal()]);
    }
  }
}
