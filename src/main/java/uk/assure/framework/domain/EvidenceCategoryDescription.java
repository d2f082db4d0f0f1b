package uk.assure.framework.domain;

import static uk.assure.framework.domain.Require.text;

import java.util.Objects;

/**
 * How the framework describes one of the evidence categories.
 *
 * @param category the category; whether it is used for councils is a rating rule, so it comes from
 *     {@link EvidenceCategory#usedForCouncils()}
 * @param name the category's name, for example "People's experience"
 * @param description what evidence it covers
 */
public record EvidenceCategoryDescription(
    EvidenceCategory category, String name, String description) {

  public EvidenceCategoryDescription {
    Objects.requireNonNull(category, "category");
    name = text(name, "The evidence category " + category.code() + " needs a name");
    description =
        text(description, "The evidence category " + category.code() + " needs a description");
  }

  public String code() {
    return category.code();
  }

  public boolean usedForCouncils() {
    return category.usedForCouncils();
  }
}
