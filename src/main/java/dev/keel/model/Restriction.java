package dev.keel.model;

import java.util.Locale;

/** A trading restriction the user places on an instrument. */
public enum Restriction {
  /** Neither buy nor sell. */
  DO_NOT_TRADE,
  /** Sell or hold, never buy more. */
  NO_BUY,
  /** Buy or hold, never sell. */
  NO_SELL;

  /** Whether buying is allowed under this restriction. */
  public boolean allowsBuy() {
    return this == NO_SELL;
  }

  /** Whether selling is allowed under this restriction. */
  public boolean allowsSell() {
    return this == NO_BUY;
  }

  /** The spelling used in files, for example {@code do-not-trade}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The restriction with the given {@link #label()}, or {@code null} when there is none. */
  public static Restriction fromLabel(String label) {
    for (Restriction restriction : values()) {
      if (restriction.label().equals(label)) {
        return restriction;
      }
    }
    return null;
  }
}
