package uk.assure.architecture.examples.cyclic.lower;

import uk.assure.architecture.examples.cyclic.upper.Upper;

/** A feature that uses the one above it: the cycle the rule must find. */
public class Lower {

  public String name() {
    return "lower" + new Upper().hashCode();
  }
}
