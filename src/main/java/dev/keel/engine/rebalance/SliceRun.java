package dev.keel.engine.rebalance;

import dev.keel.engine.TargetWeights;
import dev.keel.engine.Valuation;
import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Rebalances one slice of a book, a single account or, in household scope, every account together,
 * in named steps: choose the lines ({@link LineSelector}), trade them toward their destinations
 * ({@link TradeToDestination}), raise the cash the buys need ({@link RaiseCash}), buy toward target
 * ({@link BuyTowardTarget}), invest what is left ({@link InvestLeftover}), apply the turnover cap
 * ({@link TurnoverCap}), keep every account's cash above the floor ({@link CashFloorGuard}) and say
 * which classes stay outside their band ({@link ClassCheck}). The steps share the slice's book, its
 * buying power and its order book ({@link Slice}). In account scope the rebalancer first asks every
 * account what its own bands make it trade ({@link #required}), so that each can be told what the
 * others must trade before it runs ({@link #run}). Used once.
 */
final class SliceRun {
  /** What a slice proposes: its orders, its warnings and the cash flow it settles. */
  record Result(List<PlannedOrder> orders, List<RebalanceWarning> warnings, BigDecimal flow) {}

  private final Slice slice;
  private final BigDecimal flow;
  private final LineSelector selector;

  SliceRun(
      Portfolio portfolio,
      Map<String, Instrument> instruments,
      Valuation valuation,
      TargetWeights targets,
      RebalanceSettings settings,
      List<String> accounts,
      List<Position> positions,
      BigDecimal flow,
      String flowAccount,
      DeltaBasis delta) {
    this.flow = flow;
    SliceWarnings warnings = new SliceWarnings(accounts);
    SliceBook book =
        new SliceBook(
            portfolio,
            instruments,
            valuation,
            targets,
            accounts,
            positions,
            flow,
            flowAccount,
            delta,
            warnings);
    Destinations destinations = new Destinations(settings);
    BuyingPower power = new CashLedger(book, destinations);
    OrderRules rules = new OrderRules(valuation, book.money(settings.minTradeNotional()));
    OrderBook orders = new OrderBook(book, power, rules, warnings);
    Placement placement =
        new Placement(book, orders, power, SellPriority.FILE_ORDER, warnings, settings);
    Permissions permissions = new Permissions(settings, portfolio.restrictions(), warnings);
    this.slice = new Slice(book, power, orders, placement, permissions, settings, warnings);
    this.selector = new LineSelector(book, destinations, settings);
  }

  /**
   * The lines the slice's own bands make it trade, and which way, by symbol: what it will trade
   * whatever the other accounts do.
   */
  Map<String, Side> required() {
    SliceBook book = slice.book;
    if (book.total().signum() == 0 && flow.signum() == 0 || book.totalAfterFlow().signum() <= 0) {
      return Map.of();
    }
    return selector.required();
  }

  /**
   * Works out the slice's orders; its own choices stay away from what {@code avoid} names (what
   * other accounts must trade the other way).
   */
  Result run(Avoid avoid) {
    SliceBook book = slice.book;
    if (book.total().signum() == 0 && flow.signum() == 0) {
      return result(BigDecimal.ZERO);
    }
    if (book.totalAfterFlow().signum() <= 0) {
      if (flow.signum() < 0) {
        slice.warnings.warn(
            Kind.WITHDRAWAL_SHORT,
            null,
            new RebalanceWarning.WithdrawalTooLarge(
                book.money(flow.negate()), book.money(book.total())));
      } else {
        slice.warnings.warn(
            Kind.BOOK_NOT_POSITIVE,
            null,
            new RebalanceWarning.BookNotPositive(book.money(book.total()), book.money(flow)));
      }
      return result(BigDecimal.ZERO);
    }
    List<LineSelector.Line> kept = selector.withoutCrossings(selector.select(), avoid);
    if (kept.isEmpty() && flow.signum() == 0 && slice.power.shortOfFloor().signum() <= 0) {
      return result(BigDecimal.ZERO);
    }
    List<WantedBuy> buys = new TradeToDestination(slice).apply(kept);
    RaiseCash raising = new RaiseCash(slice, avoid);
    raising.apply(buys);
    BuyTowardTarget buying = new BuyTowardTarget(slice);
    buying.apply(buys);
    new InvestLeftover(slice, avoid).apply();
    BigDecimal scale = new TurnoverCap(slice).apply();
    BigDecimal applied = new CashFloorGuard(slice).apply(flow);
    buying.warnShortfalls(scale);
    raising.explain();
    new ClassCheck(slice).apply(slice.warnings.all());
    return result(applied);
  }

  private Result result(BigDecimal appliedFlow) {
    return new Result(slice.orders.all(), slice.warnings.all(), appliedFlow);
  }
}
