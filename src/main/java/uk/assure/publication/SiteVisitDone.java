package uk.assure.publication;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.assure.assessment.domain.Assessment;
import uk.assure.journey.AssessmentJourney;
import uk.assure.shared.domain.Refusal;

/**
 * Publishing needs the site visit done: the assessment went through the on-site stage and the
 * visit's date has come. The journey refuses the move to published for the same reason, with the
 * same words, so the publication page and the move agree.
 */
@Component
class SiteVisitDone implements PublicationCheck {

  private final AssessmentJourney journey;

  SiteVisitDone(AssessmentJourney journey) {
    this.journey = journey;
  }

  @Override
  public int order() {
    return 5;
  }

  @Override
  public String labelKey() {
    return "publication.check.siteVisit";
  }

  @Override
  public Optional<Refusal> check(Assessment assessment) {
    return journey
        .publishRefusal(assessment)
        .map(refusal -> Refusal.ofWhole("journey.refusal." + refusal.name()));
  }
}
