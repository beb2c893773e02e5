package dev.keel.model;

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
    return Labels.of(this);
  }

  /** The restriction with the given {@link #label()}, or {@code null} when there is none. */
  public static Restriction fromLabel(String label) {
    return Labels.find(Restriction.class, label);
  }
}
