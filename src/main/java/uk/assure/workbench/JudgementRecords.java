package uk.assure.workbench;

import java.util.List;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.workbench.domain.StatementJudgement;

/** Where the versions of statements' judgements are kept. */
public interface JudgementRecords {

  /** Every version for the statement, oldest first. */
  List<StatementJudgement> history(AssessmentId assessment, String statement);

  /** The current version of every statement's judgement. */
  List<StatementJudgement> current(AssessmentId assessment);

  /** Adds a version; false (and nothing added) when that sequence number is taken already. */
  boolean add(AssessmentId assessment, StatementJudgement judgement);
}
