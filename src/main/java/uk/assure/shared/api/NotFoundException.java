package uk.assure.shared.api;

/**
 * Thrown by an API controller when what the request names does not exist (for example an unknown
 * GSS code); answered as 404 problem details with {@code detail} as the explanation, so it must be
 * a sentence fit for the person calling the API.
 */
public final class NotFoundException extends RuntimeException {

  private final String detail;

  public NotFoundException(String detail) {
    super(detail, null, false, false);
    this.detail = detail;
  }

  public String detail() {
    return detail;
  }
}
