package uk.assure.publication;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.publication.domain.PublishedVersion;
import uk.assure.publication.domain.ReviewRequest;

/** Where published reports and requests to review ratings are kept. */
public interface PublicationRecords {

  /** The newest version number of the assessment's report; 0 if none was published. */
  int latestVersion(AssessmentId assessment);

  void add(PublishedVersion version);

  Optional<PublishedVersion> version(AssessmentId assessment, int version);

  /** Every published version of the assessment's report, oldest first. */
  List<VersionSummary> versions(AssessmentId assessment);

  /** The assessment whose report the council most recently published. */
  Optional<AssessmentId> latestReported(GssCode council);

  /** Adds a request with its first step; false (and nothing added) if its id is stored already. */
  boolean addReview(ReviewRequest request);

  Optional<ReviewRequest> review(UUID id);

  List<ReviewRequest> reviews(AssessmentId assessment);

  /** Every request, newest first. */
  List<ReviewRequest> allReviews();

  /** Adds a step if the request is still at {@code seenVersion}; false if it is not. */
  boolean addStep(UUID review, int seenVersion, ReviewRequest.Step step);
}
