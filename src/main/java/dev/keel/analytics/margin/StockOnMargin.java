package dev.keel.analytics.margin;

import dev.keel.model.Position;
import dev.keel.model.margin.StockRates;

/**
 * Stock held long in a broker's margin account (Regulation T, FINRA 4210): initial margin 50 % and
 * maintenance 25 % of its value; a move {@code m} moves its value by {@code 1 + m}.
 */
final class StockOnMargin implements MarginedPosition {
  private final Position position;
  private final double price;
  private final double value; // in base
  private final double initialRate;
  private final double maintenanceRate;

  StockOnMargin(Position position, double price, double valueInBase, StockRates rates) {
    this.position = position;
    this.price = price;
    this.value = valueInBase;
    this.initialRate = rates.initialRate().doubleValue();
    this.maintenanceRate = rates.maintenanceRate().doubleValue();
  }

  @Override
  public String symbol() {
    return position.symbol();
  }

  @Override
  public double initialInBase() {
    return value * initialRate;
  }

  @Override
  public double maintenanceInBase(double move) {
    return value * (1 + move) * maintenanceRate;
  }

  @Override
  public PositionMarginFigures figures(String account, Double liquidationPrice) {
    return new PositionMarginFigures(
        account,
        position.symbol(),
        position.quantity().doubleValue(),
        null,
        price,
        value,
        initialInBase(),
        maintenanceInBase(0),
        null,
        false);
  }
}
