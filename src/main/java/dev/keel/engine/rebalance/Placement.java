package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.RebalanceSettings.Destination;
import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.engine.rebalance.Trade.Purpose;
import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns an amount of money into orders across the slice's accounts: sells from the accounts that
 * hold the instrument, in the sell priority, never more than each holds in whole lots; buys in the
 * accounts with the most cash first, as far as each can pay.
 */
final class Placement {
  private final SliceBook book;
  private final OrderBook orders;
  private final BuyingPower power;
  private final SellPriority priority;
  private final SliceWarnings warnings;
  private final RebalanceSettings settings;
  private final LotRounding rounding;

  Placement(
      SliceBook book,
      OrderBook orders,
      BuyingPower power,
      SellPriority priority,
      SliceWarnings warnings,
      RebalanceSettings settings) {
    this.book = book;
    this.orders = orders;
    this.power = power;
    this.priority = priority;
    this.warnings = warnings;
    this.settings = settings;
    this.rounding = new LotRounding(book, orders, warnings);
  }

  /**
   * Sells about {@code amount} (base currency) of an instrument, or all of it, never more than is
   * held.
   */
  void sell(
      Instrument instrument, BigDecimal amount, boolean sellAll, Purpose purpose, Reason why) {
    RoundingMode mode =
        purpose == Purpose.REBALANCE && settings.destination() == Destination.TARGET
            ? RoundingMode.HALF_UP
            : RoundingMode.UP;
    BigDecimal quantity =
        sellAll ? BigDecimal.ZERO : rounding.quantity(instrument, Side.SELL, amount, purpose, mode);
    BigDecimal sold = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> entry : priority.order(book.held(instrument.symbol()))) {
      String account = entry.getKey();
      BigDecimal available = sellable(account, instrument);
      if (sellAll
          && Lots.floor(entry.getValue(), instrument.lotStep()).compareTo(entry.getValue()) < 0) {
        warnings.warnAbout(
            account,
            Kind.DUST,
            instrument.symbol(),
            new RebalanceWarning.Dust(account, entry.getValue(), instrument.lotStep()));
      }
      BigDecimal take = sellAll ? available : available.min(quantity.subtract(sold));
      if (take.signum() <= 0) {
        continue;
      }
      if (orders.place(account, instrument, Side.SELL, take, purpose, why, BigDecimal.ZERO)) {
        sold = sold.add(take);
      }
      if (!sellAll && sold.compareTo(quantity) >= 0) {
        break;
      }
    }
  }

  /** What an account can still sell of an instrument, in whole lots. */
  BigDecimal sellable(String account, Instrument instrument) {
    BigDecimal holding = book.held(instrument.symbol()).getOrDefault(account, BigDecimal.ZERO);
    PlannedOrder existing = orders.order(account, instrument);
    if (existing != null && existing.side == Side.SELL) {
      holding = holding.subtract(existing.quantity);
    }
    return Lots.floor(holding.max(BigDecimal.ZERO), instrument.lotStep());
  }

  /**
   * Buys up to {@code amount} (base currency) of an instrument, as far as cash allows; returns the
   * quantity that was wanted.
   */
  BigDecimal buy(
      Instrument instrument, BigDecimal amount, Purpose purpose, Reason why, BigDecimal rank) {
    BigDecimal wanted =
        rounding.quantity(instrument, Side.BUY, amount, purpose, buyRounding(purpose));
    BigDecimal bought = BigDecimal.ZERO;
    List<String> byCash = book.accounts;
    if (byCash.size() > 1) {
      byCash = new ArrayList<>(byCash);
      byCash.sort(
          Comparator.comparing(power::spare)
              .reversed()
              .thenComparing(Comparator.comparingInt(book.accounts::indexOf)));
    }
    for (String account : byCash) {
      if (!book.canBuy(account, instrument)) {
        continue;
      }
      BigDecimal quantity = fit(account, instrument, wanted.subtract(bought));
      if (quantity.signum() > 0
          && orders.place(account, instrument, Side.BUY, quantity, purpose, why, rank)) {
        bought = bought.add(quantity);
      }
      if (bought.compareTo(wanted) >= 0) {
        break;
      }
    }
    return wanted;
  }

  /**
   * What a buy of {@code amount} (base currency) would take at most, costs included, in whichever
   * account of the slice may place it: the same cost the buying power charges when it is placed.
   */
  BigDecimal buyCostAtMost(Instrument instrument, BigDecimal amount) {
    if (book.accounts.size() == 1) {
      return power.costOfValue(book.accounts.get(0), instrument, Side.BUY, amount);
    }
    List<String> buyers = new ArrayList<>(book.accounts.size());
    for (String account : book.accounts) {
      if (book.canBuy(account, instrument)) {
        buyers.add(account);
      }
    }
    return power.costOfValueAtMost(buyers, instrument, Side.BUY, amount);
  }

  private RoundingMode buyRounding(Purpose purpose) {
    return purpose == Purpose.REBALANCE && settings.destination() == Destination.TARGET
        ? RoundingMode.HALF_UP
        : purpose == Purpose.REBALANCE ? RoundingMode.UP : RoundingMode.DOWN;
  }

  /**
   * The largest whole-lot quantity, at most {@code most}, that an account can buy while its cash
   * and the slice's cash stay at or above what they must keep.
   */
  BigDecimal fit(String account, Instrument instrument, BigDecimal most) {
    BigDecimal room = power.spare(account).min(power.spareTotal().subtract(power.mustKeep()));
    if (room.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    if (buyCost(account, instrument, most).compareTo(room) <= 0) {
      return most; // the usual case: the whole buy fits
    }
    BigDecimal unit = book.unitValue(instrument);
    BigDecimal affordable = Lots.quantityFor(room, unit, instrument.lotStep(), RoundingMode.DOWN);
    BigDecimal quantity = most.min(affordable);
    // Fees and slippage come on top: step down until the whole cost fits.
    while (quantity.signum() > 0 && buyCost(account, instrument, quantity).compareTo(room) > 0) {
      BigDecimal over = buyCost(account, instrument, quantity).subtract(room);
      BigDecimal lots =
          over.divide(unit.multiply(instrument.lotStep()), 0, RoundingMode.UP).max(BigDecimal.ONE);
      quantity = quantity.subtract(lots.multiply(instrument.lotStep())).max(BigDecimal.ZERO);
    }
    return quantity;
  }

  /** The extra cash buying {@code quantity} more would take, base currency. */
  private BigDecimal buyCost(String account, Instrument instrument, BigDecimal quantity) {
    PlannedOrder existing = orders.order(account, instrument);
    if (existing == null) {
      return power.cost(account, instrument, Side.BUY, quantity);
    }
    return power
        .cost(account, instrument, Side.BUY, existing.quantity.add(quantity))
        .subtract(existing.cost);
  }

  /** Whether {@code amount} (base currency) buys at least one lot of the instrument. */
  boolean fitsOneLot(BigDecimal amount, Instrument instrument) {
    return amount.compareTo(book.unitValue(instrument).multiply(instrument.lotStep())) >= 0;
  }
}
