package uk.assure.architecture.examples.cyclic.upper;

import uk.assure.architecture.examples.cyclic.lower.Lower;

/** A feature that uses one below it, which uses it back. */
public class Upper {

  public int size(Lower lower) {
    return lower.name().length();
  }
}
