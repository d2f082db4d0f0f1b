package uk.assure.shared.web;

/**
 * Whether the layout shows the banner saying the ratings on the site are illustrative. The {@code
 * demo} feature implements it; the layout asks through this interface so that {@code shared} stays
 * at the bottom of the features and depends on none of them.
 */
public interface DemonstrationBanner {

  /** Whether demonstration ratings are shown now. */
  boolean shown();
}
