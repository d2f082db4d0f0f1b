package uk.assure.letters;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.assure.council.domain.GssCode;
import uk.assure.letters.domain.Contact;

/** Where councils' contacts are kept. */
public interface ContactRecords {

  /** A council's contacts, by kind then name. */
  List<Contact> of(GssCode council);

  Optional<Contact> find(UUID id);

  /** Stores a new contact; false if the council already has this person as this kind. */
  boolean add(Contact contact, String by, Instant at);

  /**
   * Changes a contact if nobody has since {@code seenVersion}; false otherwise (or if the council
   * already has the new details as another contact), changing nothing.
   */
  boolean change(Contact changed, int seenVersion, String by, Instant at);

  /** Removes a contact if nobody has changed it since {@code seenVersion}. */
  boolean remove(UUID id, int seenVersion);
}
