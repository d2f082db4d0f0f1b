package uk.assure.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one way to say that what a request names does not exist, or is not the asker's to see (the
 * two are alike on purpose, so nothing is learnt by guessing). A page answers with the GOV.UK "page
 * not found" page ({@link ErrorPages}); the JSON API answers 404 problem details, whose {@code
 * detail} is the sentence given here, so it must be fit for the person calling the API.
 */
public final class NotFound extends ResponseStatusException {

  /** Not found, with nothing more to say (pages show the "page not found" page). */
  public NotFound() {
    super(HttpStatus.NOT_FOUND);
  }

  /** Not found, with a sentence for the API's problem details saying what was not found. */
  public NotFound(String detail) {
    super(HttpStatus.NOT_FOUND, detail);
  }

  /** The sentence saying what was not found, if one was given. */
  public String detail() {
    return getReason();
  }
}
