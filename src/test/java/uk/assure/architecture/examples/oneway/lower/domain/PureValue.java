package uk.assure.architecture.examples.oneway.lower.domain;

import java.util.Objects;

/** A domain value of plain Java. */
public record PureValue(String name) {

  public PureValue {
    Objects.requireNonNull(name, "name");
  }
}
