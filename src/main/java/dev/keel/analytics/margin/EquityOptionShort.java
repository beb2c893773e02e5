package dev.keel.analytics.margin;

import dev.keel.analytics.exposure.MarketView;
import dev.keel.analytics.exposure.MovedOption;
import dev.keel.model.Instrument;
import dev.keel.model.OptionRight;
import dev.keel.model.Position;
import dev.keel.model.margin.EquityOptionRates;

/**
 * An uncovered short equity or index option under the Cboe / FINRA 4210 rule, per unit in the
 * underlying's currency, initial and maintenance alike: {@code premium + max(20 % S - OTM, 10 % S)}
 * for a call, {@code premium + max(20 % S - OTM, 10 % K)} for a put, 15 % in place of 20 % on an
 * index. A move {@code m} moves the underlying and the premium (repriced, see {@link MovedOption}).
 */
final class EquityOptionShort implements MarginedPosition {
  private final Position position;
  private final MovedOption option;
  private final double units; // |quantity| x multiplier
  private final double fx; // base per unit of the underlying's currency
  private final double rate;
  private final double floor;
  private final double mark;

  /**
   * @param index whether the option is on an index (the index rate applies)
   */
  EquityOptionShort(
      Position position,
      Instrument instrument,
      MarketView view,
      MovedOption option,
      EquityOptionRates rates,
      boolean index) {
    this.position = position;
    this.option = option;
    this.units =
        Math.abs(position.quantity().doubleValue()) * instrument.multiplier().doubleValue();
    this.fx = view.fx(view.currencyOf(instrument.terms().underlying()));
    this.rate = (index ? rates.indexRate() : rates.rate()).doubleValue();
    this.floor = rates.floor().doubleValue();
    this.mark = view.price(instrument.symbol());
  }

  @Override
  public String symbol() {
    return position.symbol();
  }

  /** The requirement of one unit after a move, in the underlying's currency. */
  double perUnit(double move) {
    double spot = option.underlyingPrice() * (1 + move);
    boolean call = option.right() == OptionRight.CALL;
    double outOfTheMoney =
        call ? Math.max(option.strike() - spot, 0) : Math.max(spot - option.strike(), 0);
    double least = floor * (call ? spot : option.strike());
    return Math.max(0, option.premium(move)) + Math.max(rate * spot - outOfTheMoney, least);
  }

  @Override
  public double maintenanceInBase(double move) {
    return units * perUnit(move) * fx;
  }

  @Override
  public double initialInBase() {
    return maintenanceInBase(0);
  }

  @Override
  public PositionMarginFigures figures(String account, Double liquidationPrice) {
    return new PositionMarginFigures(
        account,
        position.symbol(),
        position.quantity().doubleValue(),
        null,
        mark,
        units * option.underlyingPrice() * fx,
        initialInBase(),
        maintenanceInBase(0),
        null,
        false);
  }
}
