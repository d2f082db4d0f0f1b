package uk.assure.onsite;

import java.util.List;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.onsite.domain.Session;
import uk.assure.onsite.domain.SessionNote;

/** On-site sessions and their notes as stored. */
public interface SessionRecords {

  /** Adds a session; false when one with this id exists (the form was sent twice). */
  boolean add(AssessmentId assessment, Session session);

  /** The assessment's sessions in the order they are held. */
  List<Session> sessions(AssessmentId assessment);

  void addNote(SessionNote note);

  /** Notes from all the assessment's sessions, oldest first. */
  List<SessionNote> notes(AssessmentId assessment);
}
