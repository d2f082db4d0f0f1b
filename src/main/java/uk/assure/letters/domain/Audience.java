package uk.assure.letters.domain;

/** Who a letter goes to. */
public enum Audience {
  /** Every contact of the assessed council. */
  COUNCIL,
  /** The staff leading the assessment. */
  STAFF
}
