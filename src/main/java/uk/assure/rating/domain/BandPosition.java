package uk.assure.rating.domain;

/** Where a percentage sits within its rating band: the lower, middle or upper third. */
public enum BandPosition {
  LOWER("lower"),
  MIDDLE("middle"),
  UPPER("upper");

  private final String code;

  BandPosition(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
