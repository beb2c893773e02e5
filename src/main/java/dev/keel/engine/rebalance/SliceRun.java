package dev.keel.engine.rebalance;

import dev.keel.engine.TargetWeights;
import dev.keel.engine.Valuation;
import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import java.math.BigDecimal;
import java.util.List;

/**
 * Rebalances one slice of a book, a single account or, in household scope, every account together,
 * in named steps: choose the lines ({@link LineSelector}), trade them toward their destinations
 * ({@link TradeToDestination}), raise the cash the buys need ({@link RaiseCash}), buy toward target
 * ({@link BuyTowardTarget}), invest what is left ({@link InvestLeftover}), apply the turnover cap
 * ({@link TurnoverCap}) and keep every account's cash above the floor ({@link CashFloorGuard}). The
 * steps share the slice's book, its buying power and its order book ({@link Slice}). Used once.
 */
final class SliceRun {
  /** What a slice proposes: its orders, its warnings and the cash flow it settles. */
  record Result(List<PlannedOrder> orders, List<RebalanceWarning> warnings, BigDecimal flow) {}

  private final Slice slice;
  private final BigDecimal flow;

  SliceRun(
      Portfolio portfolio,
      Valuation valuation,
      TargetWeights targets,
      RebalanceSettings settings,
      List<String> accounts,
      List<Position> positions,
      BigDecimal flow,
      String flowAccount) {
    this.flow = flow;
    SliceWarnings warnings = new SliceWarnings(accounts);
    SliceBook book =
        new SliceBook(
            portfolio, valuation, targets, accounts, positions, flow, flowAccount, warnings);
    Destinations destinations = new Destinations(settings);
    BuyingPower power = new CashLedger(book, destinations);
    OrderRules rules = new OrderRules(valuation, book.money(settings.minTradeNotional()));
    OrderBook orders = new OrderBook(book, power, rules, warnings);
    Placement placement =
        new Placement(book, orders, power, SellPriority.FILE_ORDER, warnings, settings);
    Permissions permissions = new Permissions(settings, portfolio.restrictions(), warnings);
    this.slice =
        new Slice(book, power, orders, placement, permissions, destinations, settings, warnings);
  }

  /** Works out the slice's orders. */
  Result run() {
    SliceBook book = slice.book;
    if (book.total().signum() == 0 && flow.signum() == 0) {
      return result(BigDecimal.ZERO);
    }
    if (book.totalAfterFlow().signum() <= 0) {
      slice.warnings.warn(
          Kind.WITHDRAWAL_SHORT,
          null,
          new RebalanceWarning.WithdrawalTooLarge(
              book.money(flow.negate()), book.money(book.total())));
      return result(BigDecimal.ZERO);
    }
    List<LineSelector.Line> lines =
        new LineSelector(book, slice.destinations, slice.settings).select();
    if (lines.isEmpty() && flow.signum() == 0 && slice.power.shortOfFloor().signum() <= 0) {
      return result(BigDecimal.ZERO);
    }
    List<WantedBuy> buys = new TradeToDestination(slice).apply(lines);
    new RaiseCash(slice).apply(buys);
    BuyTowardTarget buying = new BuyTowardTarget(slice);
    buying.apply(buys);
    new InvestLeftover(slice).apply();
    new TurnoverCap(slice).apply();
    BigDecimal applied = new CashFloorGuard(slice).apply(flow);
    buying.warnShortfalls();
    return result(applied);
  }

  private Result result(BigDecimal appliedFlow) {
    return new Result(slice.orders.all(), slice.warnings.all(), appliedFlow);
  }
}
