package uk.assure.results;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.demo.DemonstrationSetting;
import uk.assure.rating.domain.RatingPolicy;

/**
 * The published picture the public sees: every council with the rating in force.
 *
 * <p>Published assessments never change, so the picture is worked out once and kept until the
 * number of published assessments changes; each request then costs one count query. This holds
 * across several instances of Assure, since each checks the count in the shared database.
 */
@Service
public class PublicRatings {

  private static final Comparator<PublishedRating> IN_FORCE_FIRST =
      Comparator.comparing(PublishedRating::demo)
          .thenComparing(PublishedRating::publishedOn, Comparator.reverseOrder());

  private final CouncilRegistry councils;
  private final AssessmentRecords assessments;
  private final RatingPolicy policy;
  private final DemonstrationSetting demonstration;
  private volatile Snapshot snapshot;
  private volatile Snapshot realSnapshot;

  PublicRatings(
      CouncilRegistry councils,
      AssessmentRecords assessments,
      RatingPolicy policy,
      DemonstrationSetting demonstration) {
    this.councils = councils;
    this.assessments = assessments;
    this.policy = policy;
    this.demonstration = demonstration;
  }

  /** Every council, by name, with its rating. */
  public List<CouncilRating> all() {
    return current().all();
  }

  public Optional<CouncilRating> of(GssCode gss) {
    return Optional.ofNullable(current().byGss().get(gss));
  }

  /**
   * Every council with its rating from real assessments only, whether or not demonstration data is
   * shown: for staff views, such as the calibration panel's national spread.
   */
  public List<CouncilRating> allReal() {
    long published = assessments.publishedCount();
    Snapshot known = realSnapshot;
    if (known == null || known.published() != published) {
      known = build(published, false);
      realSnapshot = known;
    }
    return known.all();
  }

  public boolean showsDemonstrationData() {
    return demonstration.shown();
  }

  private Snapshot current() {
    long published = assessments.publishedCount();
    boolean includeDemo = demonstration.shown();
    Snapshot known = snapshot;
    if (known == null || known.published() != published || known.demo() != includeDemo) {
      known = build(published, includeDemo);
      snapshot = known;
    }
    return known;
  }

  private Snapshot build(long published, boolean includeDemo) {
    Map<GssCode, List<Assessment>> byCouncil =
        assessments.allPublished(includeDemo).stream()
            .collect(Collectors.groupingBy(Assessment::council));
    List<CouncilRating> all =
        councils.all().stream()
            .map(council -> rate(council, byCouncil.getOrDefault(council.gss(), List.of())))
            .toList();
    return new Snapshot(
        published,
        includeDemo,
        all,
        all.stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.council().gss(), Function.identity())));
  }

  private CouncilRating rate(Council council, List<Assessment> published) {
    // Once a council has a real published assessment, its illustrative history is left out.
    boolean anyReal = published.stream().anyMatch(a -> !a.demo());
    List<PublishedRating> history =
        published.stream()
            .filter(a -> !anyReal || !a.demo())
            .map(a -> new PublishedRating(a, policy.rate(a.ratingRequest()).orElseThrow()))
            .sorted(Comparator.comparing(PublishedRating::publishedOn).reversed())
            .toList();
    Optional<PublishedRating> latest =
        history.stream().filter(p -> !p.result().partial()).min(IN_FORCE_FIRST);
    return new CouncilRating(council, latest, history);
  }

  private record Snapshot(
      long published, boolean demo, List<CouncilRating> all, Map<GssCode, CouncilRating> byGss) {}
}
