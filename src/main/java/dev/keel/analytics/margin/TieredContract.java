package dev.keel.analytics.margin;

import dev.keel.analytics.exposure.MarketView;
import dev.keel.model.Instrument;
import dev.keel.model.Position;
import dev.keel.model.margin.MarginTier;
import dev.keel.model.margin.MarginTiers;
import java.math.BigDecimal;

/**
 * A linear perpetual or future with leverage tiers (Binance's USDT-margined rule): its notional and
 * margins, in its quote currency, and its liquidation price. A move {@code m} multiplies its mark
 * by {@code 1 + m}.
 */
final class TieredContract implements MarginedPosition {
  private final Position position;
  private final MarginTiers tiers;
  private final double quantity;
  private final double size; // |quantity| x multiplier
  private final double side; // +1 long, -1 short
  private final double mark;
  private final double entry;
  private final double fx; // base-currency units per unit of the quote currency
  private final double leverage;

  /**
   * A contract of the book with the tiers it follows: its own, or its account's rules' for its
   * symbol.
   */
  TieredContract(Position position, Instrument instrument, MarketView view, MarginTiers tiers) {
    this.position = position;
    this.tiers = tiers;
    this.quantity = position.quantity().doubleValue();
    this.size = Math.abs(quantity) * instrument.multiplier().doubleValue();
    this.side = Math.signum(quantity);
    this.mark = view.price(instrument.symbol());
    this.entry = position.entryPrice() == null ? mark : position.entryPrice().doubleValue();
    this.fx = view.fx(instrument.quoteCurrency());
    this.leverage =
        position.leverage() != null
            ? position.leverage().doubleValue()
            : tier(size * mark).maxLeverage().doubleValue();
  }

  @Override
  public String symbol() {
    return position.symbol();
  }

  @Override
  public boolean missingEntryPrice() {
    return position.entryPrice() == null;
  }

  double isolatedMarginInBase() {
    return position.isolatedMargin() == null ? 0 : position.isolatedMargin().doubleValue() * fx;
  }

  /** The notional after a move, in the quote currency. */
  double notional(double move) {
    return size * mark * (1 + move);
  }

  /** The maintenance margin after a move, in the quote currency. */
  double maintenance(double move) {
    double notional = notional(move);
    MarginTier tier = tier(notional);
    return notional * tier.maintenanceRate().doubleValue() - tier.maintenanceAmount().doubleValue();
  }

  @Override
  public double maintenanceInBase(double move) {
    return maintenance(move) * fx;
  }

  @Override
  public double initialInBase() {
    return notional(0) / leverage * fx;
  }

  @Override
  public double unrealisedInBase() {
    return side * size * (mark - entry) * fx;
  }

  /** The position's own margin after a move (isolated): its isolated margin plus its profit. */
  double isolatedBalance(double move) {
    double isolated =
        position.isolatedMargin() == null ? 0 : position.isolatedMargin().doubleValue();
    return isolated + side * size * (mark * (1 + move) - entry);
  }

  /**
   * The cross liquidation price, every other position held: {@code (E + cum - side Q EP) / (Q rate
   * - side Q)}, with E the account's margin balance without this position's profit less the others'
   * maintenance margin, in the quote currency; recomputed in the tier of the notional at that
   * price.
   *
   * @param balanceWithout the margin balance less this position's profit, in base
   * @param othersMaintenance the other positions' maintenance margin, in base
   */
  @Override
  public Double crossLiquidationPrice(double balanceWithout, double othersMaintenance) {
    return liquidationPrice((balanceWithout - othersMaintenance) / fx);
  }

  /** The isolated liquidation price: the same with E the position's isolated margin. */
  Double isolatedLiquidationPrice() {
    return liquidationPrice(
        position.isolatedMargin() == null ? 0 : position.isolatedMargin().doubleValue());
  }

  /**
   * The price at which {@code equity} plus this position's profit meets its maintenance margin; for
   * a long, {@code null} when that is not above 0 (no price liquidates it); for a short, whose
   * margin only grows as the price falls, the mark when even a price of 0 would not save it (it is
   * past liquidation now).
   */
  private Double liquidationPrice(double equity) {
    MarginTier tier = tier(notional(0));
    double price = Double.NaN;
    // a tier's rate decides the price, whose notional may fall in another tier: follow it
    for (int i = 0; i <= tiers.tiers().size(); i++) {
      double rate = tier.maintenanceRate().doubleValue();
      double amount = tier.maintenanceAmount().doubleValue();
      price = (equity + amount - side * size * entry) / (size * rate - side * size);
      MarginTier there = tier(size * Math.max(price, 0));
      if (there.equals(tier)) {
        break;
      }
      tier = there;
    }
    if (!Double.isFinite(price)) {
      return null;
    }
    if (price > 0) {
      return price;
    }
    return side < 0 ? mark : null;
  }

  private MarginTier tier(double notional) {
    return tiers.tierOf(BigDecimal.valueOf(notional));
  }

  @Override
  public PositionMarginFigures figures(String account, Double liquidationPrice) {
    return new PositionMarginFigures(
        account,
        position.symbol(),
        quantity,
        position.entryPrice() == null ? null : entry,
        mark,
        notional(0) * fx,
        initialInBase(),
        maintenanceInBase(0),
        liquidationPrice,
        true);
  }
}
