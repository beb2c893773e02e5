package dev.keel.model.margin;

import java.util.Map;

/**
 * The margin rules an account follows beyond what its instruments say: a venue's set, shipped with
 * Keel as a preset (Binance-like, Deribit-like, Reg T-like) or written out in the file. Each part
 * is one rule kind and may be absent; a position no part covers has no margin rule (see
 * docs/margin.md).
 *
 * @param preset the name of the preset these rules are, {@code null} when the file gives them
 * @param note what the rules are and where they come from, {@code null} when not given; a preset's
 *     says it is an example to check against the venue's current rules
 * @param marginTiers leverage tiers by symbol, for the linear perpetuals and futures that give none
 *     of their own
 * @param futureRates size-scaled rates of perpetuals and futures by their underlying coin
 * @param coinOptions the margin of short options quoted in their coin, {@code null} for none
 * @param equityOptions the margin of uncovered short equity and index options, {@code null} for
 *     none
 * @param stocks the margin of long stock, {@code null} for none
 * @param loans the margin levels of borrowing (negative cash balances), {@code null} for none
 */
public record MarginRules(
    String preset,
    String note,
    Map<String, MarginTiers> marginTiers,
    Map<String, FutureRates> futureRates,
    CoinOptionRates coinOptions,
    EquityOptionRates equityOptions,
    StockRates stocks,
    LoanLevels loans) {

  /** No rules beyond the instruments' own tiers. */
  public static final MarginRules NONE =
      new MarginRules(null, null, Map.of(), Map.of(), null, null, null, null);

  public MarginRules {
    marginTiers = Map.copyOf(marginTiers);
    futureRates = Map.copyOf(futureRates);
    marginTiers.forEach(
        (symbol, tiers) -> {
          if (tiers.isEmpty()) {
            throw new IllegalArgumentException("the tiers of " + symbol + " are empty");
          }
        });
  }

  /** Whether there are no rules. */
  public boolean isEmpty() {
    return marginTiers.isEmpty()
        && futureRates.isEmpty()
        && coinOptions == null
        && equityOptions == null
        && stocks == null
        && loans == null;
  }

  /** Whether the rules are leverage tiers alone, the only kind an isolated account follows. */
  public boolean tiersOnly() {
    return futureRates.isEmpty()
        && coinOptions == null
        && equityOptions == null
        && stocks == null
        && loans == null;
  }

  /**
   * The tiers of a perpetual or future: its own ({@code own}, when it gives any), else these rules'
   * for its symbol, else {@link MarginTiers#NONE}.
   */
  public MarginTiers tiersOf(String symbol, MarginTiers own) {
    if (!own.isEmpty()) {
      return own;
    }
    return marginTiers.getOrDefault(symbol, MarginTiers.NONE);
  }

  /** A copy that names the preset it was read from. */
  public MarginRules asPreset(String name) {
    return new MarginRules(
        name, note, marginTiers, futureRates, coinOptions, equityOptions, stocks, loans);
  }
}
