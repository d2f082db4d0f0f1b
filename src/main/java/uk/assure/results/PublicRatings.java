package uk.assure.results;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import uk.assure.assessment.AssessmentRepository;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
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
  private final AssessmentRepository assessments;
  private final RatingPolicy policy;
  private final boolean includeDemo;
  private volatile Snapshot snapshot;

  PublicRatings(
      CouncilRegistry councils,
      AssessmentRepository assessments,
      RatingPolicy policy,
      @Value("${assure.demo.enabled}") boolean includeDemo) {
    this.councils = councils;
    this.assessments = assessments;
    this.policy = policy;
    this.includeDemo = includeDemo;
  }

  /** Every council, by name, with its rating. */
  public List<CouncilRating> all() {
    return current().all();
  }

  public Optional<CouncilRating> of(GssCode gss) {
    return Optional.ofNullable(current().byGss().get(gss));
  }

  public boolean showsDemonstrationData() {
    return includeDemo;
  }

  private Snapshot current() {
    long published = assessments.publishedCount();
    Snapshot known = snapshot;
    if (known == null || known.published() != published) {
      known = build(published);
      snapshot = known;
    }
    return known;
  }

  private Snapshot build(long published) {
    Map<GssCode, List<Assessment>> byCouncil =
        assessments.allPublished(includeDemo).stream()
            .collect(Collectors.groupingBy(Assessment::council));
    List<CouncilRating> all =
        councils.all().stream()
            .map(council -> rate(council, byCouncil.getOrDefault(council.gss(), List.of())))
            .toList();
    return new Snapshot(
        published,
        all,
        all.stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.council().gss(), Function.identity())));
  }

  private CouncilRating rate(Council council, List<Assessment> published) {
    List<PublishedRating> history =
        published.stream()
            .map(a -> new PublishedRating(a, policy.rate(a.ratingRequest()).orElseThrow()))
            .sorted(Comparator.comparing(PublishedRating::publishedOn).reversed())
            .toList();
    Optional<PublishedRating> latest =
        history.stream().filter(p -> !p.result().partial()).min(IN_FORCE_FIRST);
    return new CouncilRating(council, latest, history);
  }

  private record Snapshot(
      long published, List<CouncilRating> all, Map<GssCode, CouncilRating> byGss) {}
}
