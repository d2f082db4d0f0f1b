package uk.assure.council.domain;

import java.util.List;
import java.util.Objects;

/**
 * A council with adult social care duties, as listed in the registry.
 *
 * @param gss the council's GSS code
 * @param name the everyday name, for example Camden
 * @param officialName the official name, for example London Borough of Camden
 * @param region the English region
 * @param type the kind of council
 * @param population the 2020 population estimate, or null where unknown
 * @param altNames other spellings seen in published data, for matching files without codes
 */
public record Council(
    GssCode gss,
    String name,
    String officialName,
    String region,
    CouncilType type,
    Integer population,
    List<String> altNames) {

  public Council {
    Objects.requireNonNull(gss, "gss");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(type, "type");
    altNames = altNames == null ? List.of() : List.copyOf(altNames);
  }
}
