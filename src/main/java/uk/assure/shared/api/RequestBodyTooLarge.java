package uk.assure.shared.api;

import java.io.IOException;

/** Reading an API request's body went past {@link ApiLimits#maxBodyBytes()}; answered with 413. */
final class RequestBodyTooLarge extends IOException {

  RequestBodyTooLarge(long limit) {
    super("Request body over " + limit + " bytes", null);
  }
}
