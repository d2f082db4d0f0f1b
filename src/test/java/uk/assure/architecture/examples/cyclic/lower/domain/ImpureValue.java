package uk.assure.architecture.examples.cyclic.lower.domain;

import uk.assure.architecture.examples.cyclic.lower.Lower;

/** A domain value that reaches out of the domain to its feature's service. */
public record ImpureValue(String name) {

  public static ImpureValue of(Lower lower) {
    return new ImpureValue(lower.name());
  }
}
