package uk.assure.architecture.examples.oneway.lower;

import uk.assure.architecture.examples.oneway.lower.domain.PureValue;

/** A feature at the bottom. */
public class Lower {

  public PureValue value() {
    return new PureValue("lower");
  }
}
