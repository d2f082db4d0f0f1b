package uk.assure.inforeturn;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.inforeturn.domain.Answer;
import uk.assure.inforeturn.domain.RequestItem;

/** The request catalogue, what each assessment asked for, and the answers given, as stored. */
public interface ReturnRecords {

  List<CatalogueEntry> catalogue();

  Optional<CatalogueEntry> catalogueEntry(String code);

  /** Adds a request to the catalogue; false when the code is taken. */
  boolean addToCatalogue(RequestItem item, String actor, Instant at);

  /**
   * Changes a request if it is still at {@code seenVersion}; false when someone changed it first.
   */
  boolean changeInCatalogue(
      RequestItem item, boolean retired, int seenVersion, String actor, Instant at);

  /** Copies the catalogue's current requests to the assessment, unless it has its own already. */
  void askFromCatalogue(AssessmentId assessment);

  List<RequestItem> asked(AssessmentId assessment);

  /** Every version of every answer of the assessment, oldest first. */
  List<Answer> answers(AssessmentId assessment);

  /** The file names of the assessment's documents, by document id. */
  java.util.Map<java.util.UUID, String> documentNames(AssessmentId assessment);

  /**
   * Up to {@code limit} passages of a document's extracted text, in order: those on the pages
   * given, when pages are given; else those mentioning the section, when one is named; else the
   * first. None while the text has not been read.
   */
  /** The first passage of each of these documents that has any text, in one read. */
  Map<UUID, String> openings(Collection<UUID> documents);

  List<String> passages(
      java.util.UUID document,
      Optional<Integer> pageFrom,
      Optional<Integer> pageTo,
      String section,
      int limit);

  /** Adds an answer; false when that version of the request's answer exists already. */
  boolean addAnswer(AssessmentId assessment, Answer answer);
}
