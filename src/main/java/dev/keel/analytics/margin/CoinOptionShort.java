package dev.keel.analytics.margin;

import dev.keel.analytics.exposure.MarketView;
import dev.keel.analytics.exposure.MovedOption;
import dev.keel.model.Instrument;
import dev.keel.model.OptionRight;
import dev.keel.model.Position;
import dev.keel.model.margin.CoinOptionRates;

/**
 * A short option quoted in its coin under Deribit's standard margin, per option in the coin (mark
 * in the coin, OTM and S in the strike's currency): a call's initial margin {@code max(0.15 -
 * OTM/S, 0.1) + mark}, maintenance {@code 0.075 + mark}; a put's maintenance {@code max(0.075,
 * 0.075 mark) + mark}, initial the larger of the call's form and its maintenance. A move {@code m}
 * moves the underlying, the option's mark (repriced, see {@link MovedOption}) and the coin.
 */
final class CoinOptionShort implements MarginedPosition {
  private final Position position;
  private final MovedOption option;
  private final double units; // |quantity| x multiplier
  private final double fx; // base per coin
  private final boolean coinMoves;
  private final double underlyingFx; // base per unit of the strike's currency
  private final double initialRate;
  private final double initialFloor;
  private final double maintenanceRate;

  CoinOptionShort(
      Position position,
      Instrument instrument,
      MarketView view,
      MovedOption option,
      CoinOptionRates rates) {
    this.position = position;
    this.option = option;
    this.units =
        Math.abs(position.quantity().doubleValue()) * instrument.multiplier().doubleValue();
    String coin = instrument.quoteCurrency();
    this.fx = view.fx(coin);
    this.coinMoves = coin.equals(view.root(instrument)) || AccountBalances.moves(view, coin);
    this.underlyingFx = view.fx(view.currencyOf(instrument.terms().underlying()));
    this.initialRate = rates.initialRate().doubleValue();
    this.initialFloor = rates.initialFloor().doubleValue();
    this.maintenanceRate = rates.maintenanceRate().doubleValue();
  }

  @Override
  public String symbol() {
    return position.symbol();
  }

  private boolean call() {
    return option.right() == OptionRight.CALL;
  }

  /** The maintenance margin of one option after a move, in the coin. */
  double maintenancePerOption(double move) {
    double mark = Math.max(0, option.mark(move));
    return call()
        ? maintenanceRate + mark
        : Math.max(maintenanceRate, maintenanceRate * mark) + mark;
  }

  /** The initial margin of one option today, in the coin. */
  double initialPerOption() {
    double spot = option.underlyingPrice();
    double outOfTheMoney =
        call() ? Math.max(option.strike() - spot, 0) : Math.max(spot - option.strike(), 0);
    double initial =
        Math.max(initialRate - outOfTheMoney / spot, initialFloor) + Math.max(0, option.mark(0));
    return call() ? initial : Math.max(initial, maintenancePerOption(0));
  }

  @Override
  public double maintenanceInBase(double move) {
    return units * maintenancePerOption(move) * fx * (coinMoves ? 1 + move : 1);
  }

  @Override
  public double initialInBase() {
    return units * initialPerOption() * fx;
  }

  @Override
  public PositionMarginFigures figures(String account, Double liquidationPrice) {
    return new PositionMarginFigures(
        account,
        position.symbol(),
        position.quantity().doubleValue(),
        null,
        option.mark(0),
        units * option.underlyingPrice() * underlyingFx,
        initialInBase(),
        maintenanceInBase(0),
        null,
        false);
  }
}
