package uk.assure.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;

/** Where assessments and their scores are kept. */
public interface AssessmentRecords {

  /**
   * Stores a new, unpublished assessment with its scores.
   *
   * @throws IllegalStateException if it is a real (not demonstration) assessment and its council
   *     already has one open; use {@link #addIfNoneOpen} where that is an expected outcome
   */
  void add(Assessment assessment);

  /**
   * Stores a new, unpublished assessment unless its council already has an open one (not published
   * and not withdrawn); false, and nothing stored, if it has. A database constraint backs this, so
   * two people starting one at once cannot both succeed.
   */
  boolean addIfNoneOpen(Assessment assessment);

  /** The council's open assessment (not published, not withdrawn, not a demonstration), if any. */
  Optional<AssessmentId> openFor(uk.assure.council.domain.GssCode council);

  /**
   * Closes an open assessment for good, without publishing it; false if it was not open (published
   * or withdrawn already), in which case nothing changes.
   */
  boolean withdraw(AssessmentId id);

  /** Marks an unpublished assessment published on the given date; it is then immutable. */
  void publish(AssessmentId id, LocalDate on);

  Optional<Assessment> find(AssessmentId id);

  /** Sets the site visit date of an unpublished assessment. */
  void setSiteVisit(AssessmentId id, LocalDate on);

  /** Unpublished assessments, newest first, with their version and last editor. */
  List<EditableAssessment> inProgress();

  /**
   * Holds the assessment until the transaction ends: whatever changes its scores, their locking
   * decision or its published report takes this first, so those changes queue one by one and each
   * sees what the one before it did.
   */
  void hold(AssessmentId id);

  /** An unpublished assessment with its version, for editing. */
  Optional<EditableAssessment> findEditable(AssessmentId id);

  /**
   * Replaces an unpublished assessment's scores if nobody has changed it since {@code version};
   * false if someone has (or it has been published), in which case nothing is changed.
   */
  boolean replaceScores(
      AssessmentId id,
      int version,
      java.util.Map<String, Integer> statementScores,
      java.util.Map<String, java.util.Map<String, Integer>> categoryScores,
      String editor,
      java.time.Instant at);

  /** Records who entered each changed score, and when; kept as written. */
  void recordEntries(
      AssessmentId id,
      java.util.List<uk.assure.assessment.domain.ScoreRevision.Change> changes,
      String editor,
      java.time.Instant at);

  /**
   * The person who entered each score now in force, for every real assessment: the latest entry of
   * each scored item, where it still holds the score the assessment has.
   */
  List<ScoreEntry> entriesInForce();

  /** The same, for one assessment. */
  List<ScoreEntry> entriesInForce(AssessmentId assessment);

  /** Every published assessment, with or without demonstration ones, in one query. */
  List<Assessment> allPublished(boolean includeDemo);

  boolean anyDemo();

  /** Whether any real (not demonstration) assessment has been published. */
  boolean anyRealPublished();

  /**
   * How many assessments have been published. Published assessments never change or go away, so
   * this number changes exactly when the published picture does.
   */
  long publishedCount();
}
