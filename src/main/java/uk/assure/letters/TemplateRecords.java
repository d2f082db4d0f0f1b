package uk.assure.letters;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.assure.letters.domain.LetterKind;
import uk.assure.letters.domain.LetterTemplate;

/** Where the wording of letters is kept. */
public interface TemplateRecords {

  List<LetterTemplate> all();

  Optional<LetterTemplate> find(LetterKind kind);

  /** Saves new wording if nobody has changed it since {@code seenVersion}; false otherwise. */
  boolean save(LetterTemplate changed, int seenVersion, String by, Instant at);
}
