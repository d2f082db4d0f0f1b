package uk.assure.shared.web;

import java.util.Objects;

/**
 * A part of an assessment with its own pages (scores, information return, case tracking, ...),
 * listed on the assessment's overview. A feature declares one as a bean; the overview lists every
 * section for staff under {@code /staff/assessments/{id}} + {@code path}, and those open to the
 * council under {@code /council/assessments/{id}} + {@code path}.
 *
 * @param order where the section comes in the list, lowest first
 * @param path the address of the section below the assessment's own, starting with a slash
 * @param labelKey the message key of the link's text
 * @param forCouncil whether the council's own users have pages for this section too
 */
public record AssessmentSection(int order, String path, String labelKey, boolean forCouncil) {

  public AssessmentSection {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(labelKey, "labelKey");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("A section's path starts with a slash: " + path);
    }
  }

  /** The link to this section of an assessment, for staff or for the council. */
  public SectionLink link(Object assessmentId, boolean council) {
    return new SectionLink(
        (council ? "/council/assessments/" : "/staff/assessments/") + assessmentId + path,
        labelKey);
  }

  /** A link to a section as a page shows it. */
  public record SectionLink(String href, String labelKey) {}
}
