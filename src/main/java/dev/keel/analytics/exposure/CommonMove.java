package dev.keel.analytics.exposure;

import dev.keel.analytics.pricing.ImpliedVolatility;
import dev.keel.analytics.pricing.OptionPricer;
import dev.keel.model.Book;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.market.MarketSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Some derivative positions of a book revalued when every underlying they are on moves by the same
 * fraction: crypto falls together, and so does an index with its futures. Perpetuals and futures
 * change by their profit; options are repriced with the underlying moved and their volatility and
 * time held (the P&amp;L profile's revaluation, {@link PnlProfiles}, summed over the underlyings).
 * Spot holdings and cash are not in it: a margin account counts them at its own haircuts.
 */
public final class CommonMove {
  private final List<UnderlyingRevaluation> underlyings;
  private final OptionPricer pricer;
  private final List<String> warnings = new ArrayList<>();

  private CommonMove(List<UnderlyingRevaluation> underlyings, OptionPricer pricer) {
    this.underlyings = List.copyOf(underlyings);
    this.pricer = pricer;
    underlyings.forEach(u -> warnings.addAll(u.warnings()));
  }

  /**
   * The derivative positions among {@code positions} of a valid portfolio, under {@code market};
   * spot positions among them are left out.
   */
  public static CommonMove of(
      Portfolio portfolio, MarketSnapshot market, List<Position> positions) {
    MarketView whole = new MarketView(portfolio, market);
    List<Position> derivatives = new ArrayList<>();
    Set<String> roots = new LinkedHashSet<>();
    for (Position position : positions) {
      Instrument instrument = whole.instrument(position.symbol());
      if (instrument.type().isDerivative() && position.quantity().signum() != 0) {
        derivatives.add(position);
        roots.add(whole.root(instrument));
      }
    }
    Book book = portfolio.book();
    Portfolio only =
        portfolio.toBuilder()
            .book(
                new Book(
                    book.accounts(),
                    book.assetClasses(),
                    book.instruments(),
                    derivatives,
                    List.of()))
            .build();
    MarketView view = new MarketView(only, market);
    OptionValuer valuer = new OptionValuer(OptionPricer.DEFAULT, ImpliedVolatility.DEFAULT);
    List<UnderlyingRevaluation> revaluations = new ArrayList<>();
    for (String root : roots) {
      revaluations.add(UnderlyingRevaluation.of(only, view, root, valuer));
    }
    return new CommonMove(revaluations, valuer.pricer());
  }

  /** The change of the positions' value, in the base currency, if every underlying moved now. */
  public double change(double move) {
    double change = 0;
    for (UnderlyingRevaluation underlying : underlyings) {
      change += underlying.today(pricer, move);
    }
    return change;
  }

  /** Options left out of the revaluation (no volatility) and assumptions made. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }
}
