package uk.assure.publication.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a request to review a published rating stands: received, then under review, then one
 * outcome. "Upheld" means the council's grounds were found sound but the rating stands (the report
 * is corrected, for example); "not upheld" means the grounds were not accepted; "rating amended"
 * means the review changed the rating. Each step past received needs a reason.
 */
public enum ReviewStatus {
  RECEIVED("received"),
  UNDER_REVIEW("under_review"),
  UPHELD("upheld"),
  NOT_UPHELD("not_upheld"),
  RATING_AMENDED("rating_amended");

  private final String code;

  ReviewStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The statuses a request at this one can move to. */
  public Set<ReviewStatus> next() {
    return switch (this) {
      case RECEIVED -> EnumSet.of(UNDER_REVIEW);
      case UNDER_REVIEW -> EnumSet.of(UPHELD, NOT_UPHELD, RATING_AMENDED);
      case UPHELD, NOT_UPHELD, RATING_AMENDED -> EnumSet.noneOf(ReviewStatus.class);
    };
  }

  public boolean outcome() {
    return next().isEmpty();
  }

  public boolean canMoveTo(ReviewStatus to) {
    return next().contains(to);
  }

  public static ReviewStatus fromCode(String code) {
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("Unknown review status: " + code));
  }

  public static Optional<ReviewStatus> find(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
