package uk.assure.results;

import java.time.LocalDate;
import java.util.Optional;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.domain.GssCode;
import uk.assure.testing.Councils;

/**
 * Councils with real published assessments for the tests of the national picture, direction of
 * travel and open data, claimed by this fixture for the classes that call it; each is published
 * once per database, however many test classes ask.
 */
public final class PublishedCouncils {

  /** Requires improvement (50%) in January 2025, then good (75%) in February 2026: improved. */
  public static final String PLYMOUTH = Councils.claim(PublishedCouncils.class, "E06000026");

  /** Good (75%) in March 2025, then good (73%) in March 2026: declined. */
  public static final String WAKEFIELD = Councils.claim(PublishedCouncils.class, "E08000036");

  /** Good (78%) in May 2025, then good (78%) in May 2026: stayed the same. */
  public static final String WORCESTERSHIRE = Councils.claim(PublishedCouncils.class, "E10000034");

  /** One assessment only, outstanding (92%) in January 2026: the first assessment. */
  public static final String NEWCASTLE = Councils.claim(PublishedCouncils.class, "E08000021");

  /** A council left with demonstration data only, when that is switched on. */
  public static final String COUNTY_DURHAM = Councils.claim(PublishedCouncils.class, "E06000047");

  private PublishedCouncils() {}

  public static synchronized void publish(AssessmentRecords assessments) {
    publish(assessments, PLYMOUTH, LocalDate.of(2025, 1, 10), 2, 2, 2, 2, 2, 2, 2, 2, 2);
    publish(assessments, PLYMOUTH, LocalDate.of(2026, 2, 10), 3, 3, 3, 3, 3, 3, 3, 3, 3);
    publish(assessments, WAKEFIELD, LocalDate.of(2025, 3, 3), 3, 3, 3, 3, 3, 3, 3, 3, 3);
    publish(assessments, WAKEFIELD, LocalDate.of(2026, 3, 2), 3, 3, 3, 3, 3, 3, 3, 3, 2);
    publish(assessments, WORCESTERSHIRE, LocalDate.of(2025, 5, 1), 4, 3, 3, 3, 3, 3, 3, 3, 3);
    publish(assessments, WORCESTERSHIRE, LocalDate.of(2026, 5, 1), 3, 3, 3, 3, 3, 3, 3, 3, 4);
    publish(assessments, NEWCASTLE, LocalDate.of(2026, 1, 20), 4, 4, 4, 4, 3, 4, 3, 4, 3);
  }

  private static void publish(
      AssessmentRecords assessments, String gss, LocalDate on, Integer... scores) {
    boolean done =
        assessments.allPublished(false).stream()
            .anyMatch(
                a ->
                    a.council().equals(new GssCode(gss))
                        && a.publishedOn().equals(Optional.of(on)));
    if (done) {
      return;
    }
    Assessment assessment = AssessmentFixture.scored(gss, on.minusMonths(5), scores);
    assessments.add(assessment);
    assessments.publish(assessment.id(), on);
  }
}
