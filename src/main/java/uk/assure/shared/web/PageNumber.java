package uk.assure.shared.web;

/** The page of a long list a person asked for, read from the query string. */
public final class PageNumber {

  private PageNumber() {}

  /**
   * The page number typed; anything that is not a whole number of up to six digits (or is nought)
   * shows the first page rather than an error, as a page link can only be mistyped.
   */
  public static int read(String typed) {
    return typed != null && typed.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(typed)) : 1;
  }
}
