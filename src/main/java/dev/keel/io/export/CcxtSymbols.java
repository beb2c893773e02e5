package dev.keel.io.export;

import dev.keel.engine.rebalance.Decimals;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.Instrument;
import java.time.format.DateTimeFormatter;

/**
 * CCXT unified symbols of Keel instruments (CCXT manual, "Contract naming conventions"): spot
 * {@code BASE/QUOTE}; a perpetual {@code BASE/QUOTE:SETTLE}; a dated future adds {@code -YYMMDD},
 * an option {@code -YYMMDD-STRIKE-C} or {@code -P}. The base of a contract is its underlying. Keel
 * values every contract as linear (quantity times multiplier times price, in the quote currency),
 * so a contract settles in its quote currency: {@code BTC/USDT:USDT}. A symbol that already holds a
 * {@code /} is taken as a unified symbol and kept, which is how an inverse contract is named
 * ({@code BTC/USD:BTC}).
 */
final class CcxtSymbols {
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  private CcxtSymbols() {}

  /** The unified symbol of an instrument; a stock has none (see {@link CcxtOrders}). */
  static String of(Instrument instrument) {
    String symbol = instrument.symbol();
    if (symbol.contains("/")) {
      return symbol;
    }
    String quote = instrument.quoteCurrency();
    if (!instrument.type().isDerivative()) {
      return symbol + "/" + quote;
    }
    DerivativeTerms terms = instrument.terms();
    String settle = terms.settlementCurrency() == null ? quote : terms.settlementCurrency();
    StringBuilder unified =
        new StringBuilder(terms.underlying()).append('/').append(quote).append(':').append(settle);
    if (terms.expiry() != null) {
      unified.append('-').append(YYMMDD.format(terms.expiry()));
    }
    if (terms.strike() != null) {
      unified
          .append('-')
          .append(Decimals.plain(terms.strike()))
          .append('-')
          .append(terms.right() == dev.keel.model.OptionRight.CALL ? 'C' : 'P');
    }
    return unified.toString();
  }
}
