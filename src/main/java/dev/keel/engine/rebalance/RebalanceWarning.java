package dev.keel.engine.rebalance;

/**
 * Something the engine could not do, and why. Warnings are part of the proposal, never exceptions.
 *
 * @param kind what kind of obstacle
 * @param account account concerned, or {@code null} for the whole book
 * @param symbol instrument concerned, or {@code null}
 * @param message the explanation, in a sentence
 */
public record RebalanceWarning(Kind kind, String account, String symbol, String message) {

  /** The kinds of obstacle. */
  public enum Kind {
    /** An order would be below the exchange's minimum quantity or notional. */
    BELOW_EXCHANGE_MINIMUM,
    /** An order would be below the user's minimum trade. */
    BELOW_TRADE_MINIMUM,
    /** A restriction in the file forbids the trade. */
    RESTRICTED,
    /** No account in scope trades this kind of instrument. */
    NOT_TRADABLE,
    /** The mode (buy only, sell only) forbids the trade. */
    MODE,
    /** Not enough cash for every buy. */
    NOT_ENOUGH_CASH,
    /** The withdrawal is larger than what can be sold. */
    WITHDRAWAL_SHORT,
    /** The turnover cap made trades smaller. */
    TURNOVER_CAP,
    /** A currency balance goes negative: convert before trading. */
    CURRENCY_SHORT,
    /** A holding that is not a whole number of lots leaves a remainder that cannot be sold. */
    DUST,
    /** Something that the request itself gets wrong (an unknown account, no targets). */
    REQUEST
  }
}
