package dev.keel.engine.rebalance;

import dev.keel.engine.DriftAnalyzer;
import dev.keel.engine.DriftReport;
import dev.keel.engine.DriftRow;
import dev.keel.engine.Valuation;
import dev.keel.model.AssetType;
import dev.keel.model.CashBalance;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.market.MarketSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A book before and after a set of trades: the drift of every line on both sides and the totals a
 * trader checks before sending (trade count, turnover, estimated cost, cash, largest drift left).
 *
 * @param before drift before the trades
 * @param after drift after the trades, fees and cash flows
 * @param lines each class, instrument and cash line, before and after
 * @param totals the summary figures
 */
public record Outcome(
    DriftReport before, DriftReport after, List<LineChange> lines, Totals totals) {

  private static final BigDecimal BPS = new BigDecimal("10000");

  public Outcome {
    lines = List.copyOf(lines);
  }

  /**
   * One line before and after.
   *
   * @param before the line before the trades, {@code null} when it only exists afterwards
   * @param after the line after the trades, {@code null} when it no longer exists
   */
  public record LineChange(DriftRow before, DriftRow after) {
    /** Whichever side exists, for the line's kind, key and label. */
    public DriftRow either() {
      return after != null ? after : before;
    }
  }

  /**
   * The summary of a set of trades.
   *
   * @param trades number of trades
   * @param turnover traded volume (buys plus sells), base currency
   * @param turnoverShare turnover as a fraction of the book's value before the trades
   * @param fees estimated commissions, base currency
   * @param slippage estimated slippage, base currency
   * @param costBps fees plus slippage in basis points of the turnover
   * @param cashBefore cash before, base currency
   * @param cashAfter cash after trades, fees and cash flows, base currency
   * @param largestDrift the line furthest from its target afterwards, if targets are set
   */
  public record Totals(
      int trades,
      BigDecimal turnover,
      BigDecimal turnoverShare,
      BigDecimal fees,
      BigDecimal slippage,
      BigDecimal costBps,
      BigDecimal cashBefore,
      BigDecimal cashAfter,
      Optional<DriftRow> largestDrift) {

    /** Fees plus slippage, base currency. */
    public BigDecimal cost() {
      return fees.add(slippage);
    }
  }

  /**
   * The outcome of making {@code trades} and settling {@code flows} (base currency by account),
   * both sides valued under {@code market}.
   */
  public static Outcome of(
      Portfolio portfolio,
      MarketSnapshot market,
      List<Trade> trades,
      Map<String, BigDecimal> flows) {
    DriftReport before = DriftAnalyzer.DEFAULT.analyze(portfolio, market);
    DriftReport after = DriftAnalyzer.DEFAULT.analyze(apply(portfolio, trades, flows), market);
    Map<String, LineChange> lines = new LinkedHashMap<>();
    for (DriftRow row : before.rows()) {
      lines.put(row.kind() + ":" + row.key(), new LineChange(row, null));
    }
    for (DriftRow row : after.rows()) {
      lines.merge(
          row.kind() + ":" + row.key(),
          new LineChange(null, row),
          (old, added) -> new LineChange(old.before(), row));
    }
    BigDecimal turnover = BigDecimal.ZERO;
    BigDecimal fees = BigDecimal.ZERO;
    BigDecimal slippage = BigDecimal.ZERO;
    for (Trade trade : trades) {
      turnover = turnover.add(trade.notionalBase());
      fees = fees.add(trade.feeBase());
      slippage = slippage.add(trade.slippageBase());
    }
    BigDecimal costBps =
        turnover.signum() == 0
            ? BigDecimal.ZERO
            : fees.add(slippage).multiply(BPS).divide(turnover, 2, RoundingMode.HALF_UP);
    Optional<DriftRow> largest =
        after.rows().stream()
            .filter(row -> row.drift() != null)
            .max((a, b) -> a.drift().abs().compareTo(b.drift().abs()));
    Totals totals =
        new Totals(
            trades.size(),
            turnover,
            DriftAnalyzer.weight(turnover, before.totalValue()),
            fees,
            slippage,
            costBps,
            before.cashValue(),
            after.cashValue(),
            largest);
    return new Outcome(before, after, new ArrayList<>(lines.values()), totals);
  }

  /** The portfolio once the trades are made and the cash flows settled. */
  public static Portfolio apply(
      Portfolio portfolio, List<Trade> trades, Map<String, BigDecimal> flows) {
    Map<String, BigDecimal> quantities = new LinkedHashMap<>();
    Map<String, BigDecimal> entryPrices = new HashMap<>();
    Map<String, Position> held = new HashMap<>();
    for (Position position : portfolio.positions()) {
      String key = cashKey(position.account(), position.symbol());
      held.put(key, position);
      quantities.merge(key, position.quantity(), BigDecimal::add);
      if (position.entryPrice() != null) {
        entryPrices.put(key, position.entryPrice());
      }
    }
    Map<String, BigDecimal> realised = new LinkedHashMap<>();
    for (Trade trade : trades) {
      BigDecimal change = trade.side() == Side.BUY ? trade.quantity() : trade.quantity().negate();
      String key = cashKey(trade.account(), trade.symbol());
      BigDecimal before = quantities.getOrDefault(key, BigDecimal.ZERO);
      quantities.merge(key, change, BigDecimal::add);
      Instrument instrument = portfolio.instrumentsBySymbol().get(trade.symbol());
      if (!paysPremium(instrument)) {
        BigDecimal entry = entryPrices.get(key);
        realise(portfolio, trade, instrument, before, change, entry, quantities, realised);
        boolean inverse = instrument.terms().isInverse();
        entryPrices.put(key, entryAfter(before, entry, change, trade.price(), inverse));
      }
    }
    List<Position> positions = new ArrayList<>();
    quantities.forEach(
        (key, quantity) -> {
          if (quantity.signum() != 0) {
            String[] parts = key.split("\u0000");
            // a contract keeps its leverage and isolated margin: the venue keeps them on a
            // position that is traded, and the margin after the trades is worked out with them
            Position before = held.get(key);
            positions.add(
                new Position(
                    parts[0],
                    parts[1],
                    quantity,
                    entryPrices.get(key),
                    before == null ? null : before.leverage(),
                    before == null ? null : before.isolatedMargin()));
          }
        });
    List<CashBalance> cash = new ArrayList<>();
    Map<String, BigDecimal> cashAfter = cashAfter(portfolio, trades, flows);
    realised.forEach((key, amount) -> cashAfter.merge(key, amount, BigDecimal::add));
    cashAfter.forEach(
        (key, amount) -> {
          String[] parts = key.split("\u0000");
          cash.add(new CashBalance(parts[0], parts[1], amount));
        });
    return portfolio.toBuilder().positions(positions).cash(cash).build();
  }

  /**
   * Cash by account and currency (keys from {@link #cashKey}) after trades settle in their quote
   * currency, fees included, and cash flows in the base currency.
   */
  static Map<String, BigDecimal> cashAfter(
      Portfolio portfolio, List<Trade> trades, Map<String, BigDecimal> flows) {
    Map<String, BigDecimal> cash = new LinkedHashMap<>();
    for (CashBalance balance : portfolio.cash()) {
      cash.merge(cashKey(balance.account(), balance.currency()), balance.amount(), BigDecimal::add);
    }
    flows.forEach(
        (account, amount) ->
            cash.merge(cashKey(account, portfolio.baseCurrency()), amount, BigDecimal::add));
    Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
    for (Trade trade : trades) {
      BigDecimal premium =
          paysPremium(instruments.get(trade.symbol()))
              ? (trade.side() == Side.BUY ? trade.notional().negate() : trade.notional())
              : BigDecimal.ZERO;
      cash.merge(
          cashKey(trade.account(), trade.currency()),
          premium.subtract(trade.fee()),
          BigDecimal::add);
    }
    return cash;
  }

  /**
   * The profit a trade realises by closing part of a perpetual or future position: the price's move
   * since the entry on the contracts closed. A linear contract's is cash in its quote currency; an
   * inverse one's is in its coin, added to the account's holding of the coin when the book has it
   * as an instrument (the exposure counted it there before it was realised), else to a cash balance
   * in the coin. Nothing is realised without a known entry price.
   */
  private static void realise(
      Portfolio portfolio,
      Trade trade,
      Instrument instrument,
      BigDecimal before,
      BigDecimal change,
      BigDecimal entry,
      Map<String, BigDecimal> quantities,
      Map<String, BigDecimal> realised) {
    if (entry == null || before.signum() == 0 || before.signum() == change.signum()) {
      return;
    }
    java.math.MathContext math = java.math.MathContext.DECIMAL64;
    BigDecimal closed =
        before.abs().min(change.abs()).multiply(BigDecimal.valueOf(before.signum()));
    BigDecimal price = trade.price();
    if (instrument.terms().isInverse()) {
      String coin = instrument.terms().settlementCurrency();
      BigDecimal coins =
          closed
              .multiply(instrument.terms().contractSize())
              .multiply(
                  BigDecimal.ONE.divide(entry, math).subtract(BigDecimal.ONE.divide(price, math)),
                  math);
      Instrument spot = portfolio.instrumentsBySymbol().get(coin);
      if (spot != null && spot.isAllocated()) {
        quantities.merge(cashKey(trade.account(), coin), coins, BigDecimal::add);
      } else {
        realised.merge(cashKey(trade.account(), coin), coins, BigDecimal::add);
      }
      return;
    }
    BigDecimal profit = price.subtract(entry).multiply(closed).multiply(instrument.multiplier());
    realised.merge(cashKey(trade.account(), instrument.quoteCurrency()), profit, BigDecimal::add);
  }

  /**
   * A contract position's average entry price after a trade at {@code price}: the same when the
   * trade reduces it, the average when it adds (weighted by quantity for a linear contract; for an
   * inverse one, whose contracts are face values, the harmonic average, as the venues keep it, so
   * that face over entry adds up), the trade's price when it opens or turns the position around.
   * Unknown stays unknown unless the trade opens anew.
   */
  static BigDecimal entryAfter(
      BigDecimal held, BigDecimal entry, BigDecimal change, BigDecimal price, boolean inverse) {
    BigDecimal after = held.add(change);
    if (held.signum() == 0 || after.signum() != 0 && after.signum() != held.signum()) {
      return price;
    }
    if (after.signum() == 0 || change.signum() != held.signum()) {
      return entry;
    }
    if (entry == null) {
      return null;
    }
    java.math.MathContext math = java.math.MathContext.DECIMAL64;
    if (inverse) {
      BigDecimal coins = held.abs().divide(entry, math).add(change.abs().divide(price, math), math);
      return after.abs().divide(coins, math);
    }
    return entry.multiply(held.abs()).add(price.multiply(change.abs())).divide(after.abs(), math);
  }

  /** An account's cash in the base currency after the trades and its cash flow. */
  static BigDecimal accountCash(Proposal proposal, List<Trade> trades, String account) {
    Portfolio portfolio = proposal.portfolio();
    Valuation valuation = Valuation.of(portfolio, proposal.market());
    BigDecimal cash = BigDecimal.ZERO;
    for (CashBalance balance : portfolio.cash()) {
      if (balance.account().equals(account)) {
        cash = cash.add(valuation.cashInBase(balance.currency(), balance.amount()));
      }
    }
    cash = cash.add(proposal.cashFlows().getOrDefault(account, BigDecimal.ZERO));
    Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
    for (Trade trade : trades) {
      if (trade.account().equals(account)) {
        cash =
            cash.add(
                paysPremium(instruments.get(trade.symbol()))
                    ? trade.cashChangeBase()
                    : trade.feeBase().negate());
      }
    }
    return cash;
  }

  /**
   * Whether buying the instrument pays its notional: spot and options do; a perpetual or a future
   * is opened for its fee alone (its value is its profit, settled as it comes).
   */
  static boolean paysPremium(Instrument instrument) {
    return instrument == null
        || (instrument.type() != AssetType.PERPETUAL && instrument.type() != AssetType.FUTURE);
  }

  static String cashKey(String account, String currencyOrSymbol) {
    return account + '\u0000' + currencyOrSymbol;
  }
}
