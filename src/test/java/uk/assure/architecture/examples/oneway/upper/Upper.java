package uk.assure.architecture.examples.oneway.upper;

import uk.assure.architecture.examples.oneway.lower.Lower;
import uk.assure.architecture.examples.oneway.lower.domain.PureValue;

/** A feature that uses one below it, which knows nothing of it. */
public class Upper {

  public PureValue value(Lower lower) {
    return lower.value();
  }
}
