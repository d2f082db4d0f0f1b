package uk.assure.market.domain;

import java.util.List;
import java.util.Objects;
import uk.assure.council.domain.GssCode;

/**
 * The care market figures for one council's area, or for England when the council is null.
 *
 * @param council the council, or null for England
 * @param groups the figures for community, residential and all counted locations, in that order
 * @param domiciliaryProviders distinct providers of counted domiciliary care locations
 * @param domiciliaryLocations counted locations providing domiciliary care
 */
public record AreaFigures(
    GssCode council,
    List<GroupFigures> groups,
    int domiciliaryProviders,
    int domiciliaryLocations) {

  public AreaFigures {
    groups = List.copyOf(groups);
    if (groups.size() != MarketGroup.values().length) {
      throw new IllegalArgumentException("An area's figures need every group");
    }
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).group() != MarketGroup.values()[i]) {
        throw new IllegalArgumentException("An area's groups go community, residential, all");
      }
    }
    if (domiciliaryProviders > domiciliaryLocations) {
      throw new IllegalArgumentException("More domiciliary providers than locations");
    }
  }

  public boolean england() {
    return council == null;
  }

  public GroupFigures group(MarketGroup group) {
    return groups.get(Objects.requireNonNull(group).ordinal());
  }

  /** The figures of an area without a counted location. */
  public static AreaFigures empty(GssCode council) {
    return new AreaFigures(
        council,
        java.util.Arrays.stream(MarketGroup.values())
            .map(group -> new GroupFigures(group, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0))
            .toList(),
        0,
        0);
  }
}
