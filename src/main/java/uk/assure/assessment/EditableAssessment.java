package uk.assure.assessment;

import java.time.Instant;
import java.util.Optional;
import uk.assure.assessment.domain.Assessment;

/**
 * An assessment as it stands for editing: its version, which a change must name, and who last
 * changed it.
 */
public record EditableAssessment(
    Assessment assessment, int version, Optional<String> updatedBy, Optional<Instant> updatedAt) {}
