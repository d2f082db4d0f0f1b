package uk.assure.inforeturn;

import java.time.Instant;
import uk.assure.inforeturn.domain.RequestItem;

/** A request in the catalogue, with whether it is still sent and who last changed it. */
public record CatalogueEntry(
    RequestItem item, boolean retired, int version, String updatedBy, Instant updatedAt) {}
