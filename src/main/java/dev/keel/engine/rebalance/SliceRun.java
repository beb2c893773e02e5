package dev.keel.engine.rebalance;

import dev.keel.engine.TargetWeights;
import dev.keel.engine.Valuation;
import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebalances one slice of a book, a single account or, in household scope, every account together,
 * in named steps: choose the lines ({@link LineSelector}), trade them toward their destinations
 * ({@link TradeToDestination}), raise the cash the buys need ({@link RaiseCash}), buy toward target
 * ({@link BuyTowardTarget}), invest what is left ({@link InvestLeftover}), apply the turnover cap
 * ({@link TurnoverCap}) and keep every account's cash above the floor ({@link CashFloorGuard}). The
 * steps share the slice's book, its buying power and its order book ({@link Slice}). Used once.
 */
final class SliceRun {
  /**
   * What a slice proposes: its orders, its warnings, the cash flow it settles, and the lines and
   * classes (as {@code "instrument:SYM"} and {@code "class:ID"}) outside their band after its
   * orders, with how far from target each ends (weight, unsigned).
   */
  record Result(
      List<PlannedOrder> orders,
      List<RebalanceWarning> warnings,
      BigDecimal flow,
      Map<String, BigDecimal> breachedAfter) {

    /**
     * Whether this result leaves no line or class outside its band that {@code other} brought
     * inside, and none further from its target than {@code other} left it.
     */
    boolean noWorseThan(Result other) {
      for (Map.Entry<String, BigDecimal> breach : breachedAfter.entrySet()) {
        BigDecimal was = other.breachedAfter.get(breach.getKey());
        if (was == null || breach.getValue().compareTo(was) > 0) {
          return false;
        }
      }
      return true;
    }
  }

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
      String flowAccount,
      Avoid avoid) {
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
        new Slice(
            book, power, orders, placement, permissions, destinations, settings, warnings, avoid);
  }

  /** Works out the slice's orders. */
  Result run() {
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
    List<LineSelector.Line> lines =
        new LineSelector(book, slice.destinations, slice.settings, slice.avoid).select();
    if (lines.isEmpty() && flow.signum() == 0 && slice.power.shortOfFloor().signum() <= 0) {
      return result(BigDecimal.ZERO);
    }
    List<WantedBuy> buys = new TradeToDestination(slice).apply(lines);
    RaiseCash raising = new RaiseCash(slice);
    raising.apply(buys);
    BuyTowardTarget buying = new BuyTowardTarget(slice);
    buying.apply(buys);
    new InvestLeftover(slice).apply();
    BigDecimal scale = new TurnoverCap(slice).apply();
    BigDecimal applied = new CashFloorGuard(slice).apply(flow);
    buying.warnShortfalls(scale);
    raising.explain();
    new ClassCheck(slice).apply(slice.warnings.all());
    return result(applied);
  }

  private Result result(BigDecimal appliedFlow) {
    return new Result(slice.orders.all(), slice.warnings.all(), appliedFlow, breachedAfter());
  }

  /** The lines and classes outside their band once the slice's orders are made. */
  private Map<String, BigDecimal> breachedAfter() {
    SliceBook book = slice.book;
    TargetWeights targets = book.targets;
    Map<String, BigDecimal> breached = new TreeMap<>();
    Map<String, BigDecimal> classValues = new HashMap<>();
    BigDecimal total = book.totalAfterFlow();
    for (Instrument instrument : book.universe()) {
      BigDecimal value = slice.orders.plannedValue(instrument);
      BigDecimal target = book.target(instrument);
      BigDecimal drift = SliceBook.weight(value, total).subtract(target);
      if (targets.instrumentBand(instrument).isBreachedBy(drift, target)) {
        breached.put("instrument:" + instrument.symbol(), drift.abs());
      }
      for (String id : targets.classChain(instrument.assetClass())) {
        classValues.merge(id, value, BigDecimal::add);
      }
    }
    classValues.forEach(
        (id, value) -> {
          BigDecimal target = book.classTarget(id);
          BigDecimal drift = SliceBook.weight(value, total).subtract(target);
          if (targets.classBand(id).isBreachedBy(drift, target)) {
            breached.put("class:" + id, drift.abs());
          }
        });
    return breached;
  }
}
