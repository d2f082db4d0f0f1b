package uk.assure.rating.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.assure.framework.domain.RatingRules;

/**
 * The rating bands and scoring methods of {@link Rating} and {@link ScoringMethod}, which a
 * framework file must describe exactly: the file can reword them, but a change to a band or a new
 * method is a change to the rating rules, so to Assure itself.
 */
public final class PublishedRatingRules implements RatingRules {

  /** The rules; they hold nothing, so one instance serves everyone. */
  public static final PublishedRatingRules RULES = new PublishedRatingRules();

  private static final String RATINGS =
      Arrays.stream(Rating.values()).map(Rating::code).collect(Collectors.joining(", "));
  private static final String METHODS =
      Arrays.stream(ScoringMethod.values())
          .map(ScoringMethod::code)
          .collect(Collectors.joining(", "));

  private PublishedRatingRules() {}

  @Override
  public Optional<String> refuseRating(String code) {
    return rating(code).isPresent()
        ? Optional.empty()
        : Optional.of("'" + code + "' is not a rating; the ratings are " + RATINGS);
  }

  @Override
  public Optional<String> refuseBandStart(String code, int from) {
    Rating rating = Rating.fromCode(code);
    return from == rating.minimum()
        ? Optional.empty()
        : Optional.of(disagreement("starts", from, rating));
  }

  @Override
  public Optional<String> refuseBandEnd(String code, int to) {
    Rating rating = Rating.fromCode(code);
    return to == rating.maximum()
        ? Optional.empty()
        : Optional.of(disagreement("ends", to, rating));
  }

  @Override
  public List<String> missingBands(Set<String> listed) {
    return Arrays.stream(Rating.values())
        .filter(rating -> !listed.contains(rating.code()))
        .map(
            rating ->
                "the band for "
                    + rating.code()
                    + " is missing: it runs from "
                    + rating.minimum()
                    + " to "
                    + rating.maximum()
                    + "%")
        .toList();
  }

  @Override
  public Optional<String> refuseMethod(String code) {
    boolean known = Arrays.stream(ScoringMethod.values()).anyMatch(m -> m.code().equals(code));
    return known
        ? Optional.empty()
        : Optional.of("'" + code + "' is not a scoring method; the methods are " + METHODS);
  }

  @Override
  public List<String> missingMethods(Set<String> listed) {
    return Arrays.stream(ScoringMethod.values())
        .filter(method -> !listed.contains(method.code()))
        .map(
            method ->
                "the scoring method " + method.code() + " is missing: describe both " + METHODS)
        .toList();
  }

  private static Optional<Rating> rating(String code) {
    return Arrays.stream(Rating.values()).filter(r -> r.code().equals(code)).findFirst();
  }

  private static String disagreement(String edge, int given, Rating rating) {
    return "the band "
        + edge
        + " at "
        + given
        + "% in this file, but the rating rules give "
        + rating.code()
        + " to "
        + rating.minimum()
        + "-"
        + rating.maximum()
        + "%; bands are rating rules, so a change to them needs a change to Assure itself";
  }
}
