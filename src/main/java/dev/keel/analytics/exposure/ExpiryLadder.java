package dev.keel.analytics.exposure;

import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.market.MarketSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A book's expiry ladder: its dated contracts (futures and options) grouped by the day they expire
 * and the underlying they count under, nearest expiry first, each rung with the exposure that
 * expires with it. What a trader reads to see what must be rolled, and when the book's Greeks fall
 * away.
 */
public final class ExpiryLadder {
  private ExpiryLadder() {}

  private record Key(LocalDate expiry, String underlying) {}

  /**
   * The rungs of {@code exposure}, the exposure of {@code portfolio} under {@code market}: one per
   * expiry day and root underlying, by day, then by underlying.
   */
  public static List<ExpiryRung> of(
      Portfolio portfolio, MarketSnapshot market, BookExposure exposure) {
    Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
    Map<Key, List<PositionExposure>> groups = new LinkedHashMap<>();
    for (PositionExposure position : exposure.positions()) {
      Instrument instrument = instruments.get(position.symbol());
      if (position.daysToExpiry() == null
          || instrument == null
          || instrument.terms() == null
          || instrument.terms().expiry() == null) {
        continue;
      }
      groups
          .computeIfAbsent(
              new Key(instrument.terms().expiry(), position.root()), k -> new ArrayList<>())
          .add(position);
    }
    MarketView view = new MarketView(portfolio, market);
    List<ExpiryRung> rungs = new ArrayList<>();
    groups.forEach((key, positions) -> rungs.add(rung(key, positions, view)));
    rungs.sort(Comparator.comparing(ExpiryRung::expiry).thenComparing(ExpiryRung::underlying));
    return rungs;
  }

  private static ExpiryRung rung(Key key, List<PositionExposure> positions, MarketView view) {
    double cashDelta = 0;
    double cashGamma = 0;
    double vega = 0;
    double theta = 0;
    long days = Long.MAX_VALUE;
    for (PositionExposure p : positions) {
      cashDelta += p.cashDelta();
      cashGamma += p.cashGamma();
      vega += p.vega();
      theta += p.theta();
      days = Math.min(days, p.daysToExpiry());
    }
    // in units of the root, as the book's net per underlying counts them
    double inBase = view.price(key.underlying()) * view.fx(view.currencyOf(key.underlying()));
    return new ExpiryRung(
        key.expiry(),
        key.underlying(),
        days,
        positions,
        cashDelta / inBase,
        cashDelta,
        cashGamma,
        vega,
        theta);
  }
}
