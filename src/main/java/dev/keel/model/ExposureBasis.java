package dev.keel.model;

/**
 * What a target line's current weight measures: the market value of its spot holdings (value), or
 * the exposure the book really has to it (delta): spot value plus the cash delta of every
 * perpetual, future and option on it or mapped to it, over the book's equity.
 */
public enum ExposureBasis {
  VALUE,
  DELTA;

  /** The spelling used in files and options, {@code value} or {@code delta}. */
  public String label() {
    return Labels.of(this);
  }

  /** The basis with the given {@link #label()}, or {@code null} when there is none. */
  public static ExposureBasis fromLabel(String label) {
    return Labels.find(ExposureBasis.class, label);
  }
}
