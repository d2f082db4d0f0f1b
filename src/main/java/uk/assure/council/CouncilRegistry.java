package uk.assure.council;

import java.util.List;
import java.util.Optional;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;

/** The 153 councils with adult social care duties. */
public interface CouncilRegistry {

  /** Every council, by name. */
  List<Council> all();

  Optional<Council> find(GssCode gss);
}
