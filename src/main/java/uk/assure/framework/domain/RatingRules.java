package uk.assure.framework.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a framework file's rating bands and scoring methods must agree with. The bands and methods
 * are rating rules, which belong to the {@code rating} feature and implement this; the framework
 * reads them from its file as plain codes and numbers and asks these rules about each, so that it
 * need not know the ratings itself. Each answer is the message for the person editing the file.
 */
public interface RatingRules {

  /** Why {@code code} is not a rating, or empty when it is one. */
  Optional<String> refuseRating(String code);

  /** Why the band of a known rating cannot start at {@code from}, or empty when it can. */
  Optional<String> refuseBandStart(String rating, int from);

  /** Why the band of a known rating cannot end at {@code to}, or empty when it can. */
  Optional<String> refuseBandEnd(String rating, int to);

  /** One message for each rating whose band is not among the {@code listed} rating codes. */
  List<String> missingBands(Set<String> listed);

  /** Why {@code code} is not a scoring method, or empty when it is one. */
  Optional<String> refuseMethod(String code);

  /** One message for each scoring method not among the {@code listed} method codes. */
  List<String> missingMethods(Set<String> listed);
}
