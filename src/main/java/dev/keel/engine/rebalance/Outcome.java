package dev.keel.engine.rebalance;

import dev.keel.engine.DriftAnalyzer;
import dev.keel.engine.DriftReport;
import dev.keel.engine.DriftRow;
import dev.keel.engine.Valuation;
import dev.keel.model.CashBalance;
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
    for (Position position : portfolio.positions()) {
      String key = cashKey(position.account(), position.symbol());
      quantities.merge(key, position.quantity(), BigDecimal::add);
      if (position.entryPrice() != null) {
        entryPrices.put(key, position.entryPrice());
      }
    }
    for (Trade trade : trades) {
      BigDecimal change = trade.side() == Side.BUY ? trade.quantity() : trade.quantity().negate();
      quantities.merge(cashKey(trade.account(), trade.symbol()), change, BigDecimal::add);
    }
    List<Position> positions = new ArrayList<>();
    quantities.forEach(
        (key, quantity) -> {
          if (quantity.signum() != 0) {
            String[] parts = key.split("\u0000");
            // the entry price stays that of the position held before: the engine's derivative
            // trades only reduce positions or go through a hedge instrument priced anew
            positions.add(new Position(parts[0], parts[1], quantity, entryPrices.get(key)));
          }
        });
    List<CashBalance> cash = new ArrayList<>();
    cashAfter(portfolio, trades, flows)
        .forEach(
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
    for (Trade trade : trades) {
      BigDecimal change =
          (trade.side() == Side.BUY ? trade.notional().negate() : trade.notional())
              .subtract(trade.fee());
      cash.merge(cashKey(trade.account(), trade.currency()), change, BigDecimal::add);
    }
    return cash;
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
    for (Trade trade : trades) {
      if (trade.account().equals(account)) {
        cash = cash.add(trade.cashChangeBase());
      }
    }
    return cash;
  }

  static String cashKey(String account, String currencyOrSymbol) {
    return account + '\u0000' + currencyOrSymbol;
  }
}
