package dev.keel.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.model.AssetType;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.Instrument;
import dev.keel.model.OptionRight;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CCXT unified symbols, as CCXT's manual spells them ("Contract naming conventions"). */
class CcxtSymbolsTest {
  /** An instrument from a table row; empty cells are terms it does not have. */
  private static Instrument instrument(
      String symbol,
      AssetType type,
      String quote,
      String underlying,
      String expiry,
      String strike,
      String right) {
    DerivativeTerms terms =
        switch (type) {
          case PERPETUAL -> DerivativeTerms.perpetual(underlying);
          case FUTURE -> DerivativeTerms.future(underlying, LocalDate.parse(expiry));
          case OPTION ->
              DerivativeTerms.option(
                  underlying,
                  LocalDate.parse(expiry),
                  new BigDecimal(strike),
                  OptionRight.fromLabel(right));
          default -> null;
        };
    return new Instrument(
        symbol,
        symbol,
        "c",
        type,
        quote,
        BigDecimal.ONE,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        new BigDecimal("0.5"),
        BigDecimal.ONE,
        terms);
  }

  @ParameterizedTest(name = "{0} {1} -> {7}")
  @CsvSource(
      nullValues = "-",
      value = {
        "BTC, CRYPTO_SPOT, USDT, -, -, -, -, BTC/USDT",
        "USDC, STABLECOIN, USD, -, -, -, -, USDC/USD",
        "ETH/BTC, CRYPTO_SPOT, BTC, -, -, -, -, ETH/BTC",
        "BTC-PERPETUAL, PERPETUAL, USD, BTC, -, -, -, BTC/USD:USD",
        "BTCUSDT, PERPETUAL, USDT, BTC, -, -, -, BTC/USDT:USDT",
        "BTC-25DEC26, FUTURE, USDC, BTC, 2026-12-25, -, -, BTC/USDC:USDC-261225",
        "BTC-25DEC26-100000-C, OPTION, USDC, BTC, 2026-12-25, 100000, call,"
            + " BTC/USDC:USDC-261225-100000-C",
        "XRP-27MAR26-0.5-P, OPTION, USDC, XRP, 2026-03-27, 0.50, put,"
            + " XRP/USDC:USDC-260327-0.5-P",
        "BTC/USD:BTC, PERPETUAL, USD, BTC, -, -, -, BTC/USD:BTC",
        "BTC/USD:BTC-261225, FUTURE, USD, BTC, 2026-12-25, -, -, BTC/USD:BTC-261225",
        "BTC/USD:BTC-261225-100000-C, OPTION, USD, BTC, 2026-12-25, 100000, call,"
            + " BTC/USD:BTC-261225-100000-C"
      })
  void of_spellsTheUnifiedSymbol(
      String symbol,
      AssetType type,
      String quote,
      String underlying,
      String expiry,
      String strike,
      String right,
      String unified) {
    assertThat(CcxtSymbols.of(instrument(symbol, type, quote, underlying, expiry, strike, right)))
        .isEqualTo(unified);
  }
}
