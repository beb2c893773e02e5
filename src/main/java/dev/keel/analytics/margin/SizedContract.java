package dev.keel.analytics.margin;

import dev.keel.analytics.exposure.MarketView;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.Instrument;
import dev.keel.model.Position;
import dev.keel.model.margin.FutureRates;

/**
 * A perpetual or future margined at rates that grow with its size in its coin (Deribit's rule):
 * margin = value x (rate + size x sizeRate). An inverse contract of face F (quote currency) at a
 * price P is F / P coins, its margin in the coin it settles in; a linear one is its quantity times
 * multiplier in coins, its margin in its quote currency. A move {@code m} multiplies the price, and
 * a settlement coin that moves with the market, by {@code 1 + m}.
 */
final class SizedContract implements MarginedPosition {
  private final Position position;
  private final boolean inverse;
  private final double quantity;
  private final double size; // inverse: |contracts| x face, in the quote currency; linear: coins
  private final double side; // +1 long, -1 short
  private final double mark;
  private final double entry;
  private final double fx; // base per settlement coin (inverse) or per quote currency (linear)
  private final boolean coinMoves;
  private final double initialRate;
  private final double maintenanceRate;
  private final double sizeRate;

  SizedContract(Position position, Instrument instrument, MarketView view, FutureRates rates) {
    DerivativeTerms terms = instrument.terms();
    this.position = position;
    this.inverse = terms.isInverse();
    this.quantity = position.quantity().doubleValue();
    this.size =
        Math.abs(quantity)
            * (inverse
                ? terms.contractSize().doubleValue()
                : instrument.multiplier().doubleValue());
    this.side = Math.signum(quantity);
    this.mark = view.price(instrument.symbol());
    this.entry = position.entryPrice() == null ? mark : position.entryPrice().doubleValue();
    String coin = inverse ? terms.settlementCurrency() : instrument.quoteCurrency();
    this.fx = view.fx(coin);
    this.coinMoves = coin.equals(view.root(instrument)) || AccountBalances.moves(view, coin);
    this.initialRate = rates.initialRate().doubleValue();
    this.maintenanceRate = rates.maintenanceRate().doubleValue();
    this.sizeRate = rates.sizeRate().doubleValue();
  }

  @Override
  public String symbol() {
    return position.symbol();
  }

  @Override
  public boolean missingEntryPrice() {
    return position.entryPrice() == null;
  }

  /** The position's size in its coin after a move. */
  double coins(double move) {
    return inverse ? size / (mark * (1 + move)) : size;
  }

  /** The position's value after a move, in base: coins at the coin's value, or the notional. */
  private double valueInBase(double move) {
    return inverse ? coins(move) * fx * (coinMoves ? 1 + move : 1) : size * mark * (1 + move) * fx;
  }

  @Override
  public double maintenanceInBase(double move) {
    return valueInBase(move) * (maintenanceRate + sizeRate * coins(move));
  }

  @Override
  public double initialInBase() {
    return valueInBase(0) * (initialRate + sizeRate * coins(0));
  }

  @Override
  public double unrealisedInBase() {
    return inverse ? side * size * (1 / entry - 1 / mark) * fx : side * size * (mark - entry) * fx;
  }

  /**
   * The price at which the account's margin balance, less the others' maintenance margin and with
   * this position's profit at that price, meets this position's maintenance margin; everything else
   * held in the currency the margin is in (the settlement coin of an inverse contract).
   */
  @Override
  public Double crossLiquidationPrice(double balanceWithout, double othersMaintenance) {
    double equity = (balanceWithout - othersMaintenance) / fx;
    return inverse ? inverseLiquidation(equity) : linearLiquidation(equity);
  }

  /**
   * Linear: {@code E + side Q (P - EP) = Q P (a + b Q)}, so {@code P = (E - side Q EP) / (Q (a + b
   * Q) - side Q)}, as for a tier with no amount; a long whose result is not above 0 cannot be
   * liquidated, a short is past liquidation (its mark).
   */
  private Double linearLiquidation(double equity) {
    double rate = maintenanceRate + sizeRate * size;
    double price = (equity - side * size * entry) / (size * rate - side * size);
    if (!Double.isFinite(price)) {
      return null;
    }
    if (price > 0) {
      return price;
    }
    return side < 0 ? mark : null;
  }

  /**
   * Inverse, in the coin, with x = 1 / P: the margin left is {@code c - B x - A x^2} with {@code c
   * = E + side F / EP}, {@code B = F (a + side)} and {@code A = b F^2}. A long's falls as the price
   * falls and always reaches 0, at the positive root; a short's is {@code c} at an unbounded price,
   * so a short with {@code c >= 0} cannot be liquidated by a rise, and one with {@code c < 0} is at
   * the smaller root (a short for which no price leaves margin, or a long with {@code c <= 0}, is
   * past liquidation: its mark). Roots in the form that does not cancel: {@code x = 2c / (B +-
   * sqrt(B^2 + 4Ac))}.
   */
  private Double inverseLiquidation(double equity) {
    double c = equity + side * size / entry;
    double a2 = sizeRate * size * size;
    double b = size * (maintenanceRate + side);
    double x;
    if (side > 0) {
      if (!(c > 0)) {
        return mark;
      }
      x = 2 * c / (b + Math.sqrt(b * b + 4 * a2 * c));
    } else {
      if (!(c < 0)) {
        return null;
      }
      double discriminant = b * b + 4 * a2 * c;
      if (discriminant < 0) {
        return mark;
      }
      x = 2 * c / (b - Math.sqrt(discriminant));
    }
    return x > 0 && Double.isFinite(1 / x) ? 1 / x : null;
  }

  @Override
  public PositionMarginFigures figures(String account, Double liquidationPrice) {
    return new PositionMarginFigures(
        account,
        position.symbol(),
        quantity,
        position.entryPrice() == null ? null : entry,
        mark,
        valueInBase(0),
        initialInBase(),
        maintenanceInBase(0),
        liquidationPrice,
        true);
  }
}
