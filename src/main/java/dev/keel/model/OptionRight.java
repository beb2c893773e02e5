package dev.keel.model;

import java.util.Locale;

/** The right an option gives its holder: to buy (call) or to sell (put) the underlying. */
public enum OptionRight {
  CALL,
  PUT;

  /** The spelling used in files, {@code call} or {@code put}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The right with the given {@link #label()}, or {@code null} when there is none. */
  public static OptionRight fromLabel(String label) {
    for (OptionRight right : values()) {
      if (right.label().equals(label)) {
        return right;
      }
    }
    return null;
  }
}
