package dev.keel.model;

import dev.keel.model.market.IndexUnderlying;
import dev.keel.model.market.MarketSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The checks of a book's derivatives against its market data: a held contract has not expired
 * before the book's as-of time; a held option's underlying is priced (an instrument with a price or
 * an entry of the underlyings) and the option has a volatility or a mark price to imply one from;
 * an entry price is given for perpetuals and futures only; the market's volatilities, funding rates
 * and underlyings name what exists. Part of {@link PortfolioValidator}.
 */
final class DerivativeChecks {
  private final Portfolio portfolio;
  private final List<ValidationProblem> problems;
  private final Map<String, Instrument> instruments;
  private final MarketSnapshot market;
  private final Expiries expiries;

  /**
   * @param instruments the book's instruments by symbol, as the validator indexed them
   */
  DerivativeChecks(
      Portfolio portfolio, Map<String, Instrument> instruments, List<ValidationProblem> problems) {
    this.portfolio = portfolio;
    this.problems = problems;
    this.instruments = instruments;
    this.market = portfolio.market();
    this.expiries = Expiries.of(portfolio.book());
  }

  void check() {
    checkPositions();
    checkMarketData();
    checkHedges();
  }

  /**
   * Each hedge names an underlying the book's exposure counts under (a spot instrument of the
   * allocation or an entry of the underlyings) and an instrument on it: a perpetual or future whose
   * underlying it is, or the spot instrument itself.
   */
  private void checkHedges() {
    portfolio
        .hedges()
        .forEach(
            (underlying, symbol) -> {
              String path = "hedges/" + underlying;
              Instrument spot = instruments.get(underlying);
              boolean known =
                  (spot != null && spot.isAllocated())
                      || market.underlyings().containsKey(underlying);
              if (!known) {
                problem(
                    path,
                    "'"
                        + underlying
                        + "' is neither a spot instrument of the book nor an entry of underlyings:"
                        + " name the underlying whose exposure the hedge closes, such as BTC");
                return;
              }
              Instrument hedge = instruments.get(symbol);
              boolean fits =
                  hedge != null
                      && (symbol.equals(underlying)
                          || ((hedge.type() == AssetType.PERPETUAL
                                  || hedge.type() == AssetType.FUTURE)
                              && underlying.equals(Roots.of(hedge, instruments))));
              if (!fits) {
                problem(
                    path,
                    "the hedge of "
                        + underlying
                        + " must be a perpetual or future of the book on "
                        + underlying
                        + ", or "
                        + underlying
                        + " itself; '"
                        + symbol
                        + "' is not");
              }
            });
  }

  private void problem(String path, String message) {
    problems.add(new ValidationProblem(path, message));
  }

  private void checkPositions() {
    List<Position> positions = portfolio.positions();
    for (int i = 0; i < positions.size(); i++) {
      Position position = positions.get(i);
      Instrument instrument = instruments.get(position.symbol());
      if (instrument == null) {
        continue;
      }
      String path = "positions/" + i;
      AssetType type = instrument.type();
      if (position.entryPrice() != null
          && type != AssetType.PERPETUAL
          && type != AssetType.FUTURE) {
        problem(
            path + "/entryPrice",
            "\"entryPrice\" applies to perpetuals and futures, not to a "
                + type.label()
                + " ("
                + position.symbol()
                + "): remove it");
      }
      if (instrument.terms() == null || position.quantity().signum() == 0) {
        continue;
      }
      checkExpiry(path, instrument);
      if (type == AssetType.OPTION) {
        checkOption(path, instrument);
      }
    }
  }

  private void checkExpiry(String path, Instrument instrument) {
    Instant expiresAt = expiries.expiresAt(instrument);
    if (expiresAt != null && expiresAt.isBefore(market.asOf())) {
      problem(
          path + "/symbol",
          instrument.symbol()
              + " expired at "
              + expiresAt
              + ", before the book's time "
              + market.asOf()
              + ": remove the position, or roll it to a live contract");
    }
  }

  private void checkOption(String path, Instrument option) {
    String underlying = option.terms().underlying();
    boolean priced =
        instruments.containsKey(underlying)
            ? market.prices().containsKey(underlying)
            : market.underlyings().containsKey(underlying);
    if (!priced) {
      problem(
          path + "/symbol",
          option.symbol()
              + " is written on "
              + underlying
              + ", which nothing prices: "
              + (instruments.containsKey(underlying)
                  ? "add a price for " + underlying + " to prices"
                  : "add " + underlying + " to underlyings with its price and currency"));
    }
    boolean hasVol =
        market
            .volatilities()
            .of(option.symbol(), underlying, option.terms().expiry(), option.terms().strike())
            .isPresent();
    if (!hasVol && !market.prices().containsKey(option.symbol())) {
      problem(
          path + "/symbol",
          option.symbol()
              + " has neither a volatility nor a mark price to imply one from: add it to"
              + " volatilities/options, or its price to prices");
    }
  }

  private void checkMarketData() {
    market
        .volatilities()
        .options()
        .keySet()
        .forEach(
            symbol -> {
              Instrument instrument = instruments.get(symbol);
              if (instrument == null || instrument.type() != AssetType.OPTION) {
                problem(
                    "volatilities/options/" + symbol,
                    "'"
                        + symbol
                        + "' is not an option of the book: declare it or remove the entry");
              }
            });
    market
        .funding()
        .keySet()
        .forEach(
            symbol -> {
              Instrument instrument = instruments.get(symbol);
              if (instrument == null || instrument.type() != AssetType.PERPETUAL) {
                problem(
                    "funding/" + symbol,
                    "'"
                        + symbol
                        + "' is not a perpetual of the book: funding rates are per perpetual");
              }
            });
    for (IndexUnderlying underlying : market.underlyings().values()) {
      String path = "underlyings/" + underlying.symbol();
      if (instruments.containsKey(underlying.symbol())) {
        problem(
            path,
            "'"
                + underlying.symbol()
                + "' is an instrument of the book: give its price in prices and remove this entry");
      }
      if (underlying.line() != null) {
        Instrument line = instruments.get(underlying.line());
        if (line == null || !line.isAllocated()) {
          problem(
              path + "/line",
              "the line '"
                  + underlying.line()
                  + "' is not a spot instrument of the book: name the target line its exposure"
                  + " counts toward, such as SPY");
        }
      }
    }
  }
}
