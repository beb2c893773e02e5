package dev.keel.model;

/** The right an option gives its holder: to buy (call) or to sell (put) the underlying. */
public enum OptionRight {
  CALL,
  PUT;

  /** The spelling used in files, {@code call} or {@code put}. */
  public String label() {
    return Labels.of(this);
  }

  /** The right with the given {@link #label()}, or {@code null} when there is none. */
  public static OptionRight fromLabel(String label) {
    return Labels.find(OptionRight.class, label);
  }
}
