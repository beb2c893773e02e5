package dev.keel.analytics.exposure;

import dev.keel.analytics.pricing.ImpliedVolatility;
import dev.keel.analytics.pricing.OptionPricer;
import dev.keel.model.Account;
import dev.keel.model.AssetType;
import dev.keel.model.CashBalance;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.market.MarketSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out a book's exposure under a market snapshot: each position's Greeks and cash delta, the
 * net per underlying for the book and for each account, and each account's equity and leverage.
 * Stateless; the pricer and the implied-volatility solver are passed in.
 */
public final class ExposureCalculator {
  /** Books with at least this many positions are valued on every core. */
  private static final int PARALLEL_FROM = 500;

  /** Contracts expiring within this many days are named in a warning, to be rolled. */
  public static final int ROLL_WARNING_DAYS = 7;

  /** Holdings that are cash in all but name: they count in equity, not in notional. */
  private static final Set<AssetType> CASH_LIKE = Set.of(AssetType.CASH, AssetType.STABLECOIN);

  /** The shared instance, with the default pricer and solver. */
  public static final ExposureCalculator DEFAULT =
      new ExposureCalculator(OptionPricer.DEFAULT, ImpliedVolatility.DEFAULT);

  private final OptionValuer options;

  public ExposureCalculator(OptionPricer pricer, ImpliedVolatility solver) {
    this.options = new OptionValuer(pricer, solver);
  }

  /** The exposure of a valid portfolio under its own snapshot. */
  public BookExposure compute(Portfolio portfolio) {
    return compute(portfolio, portfolio.market());
  }

  /**
   * What one unit of an underlying (an instrument of the book or an index of the snapshot's
   * underlyings) is worth in the base currency: its price times the value of its currency, the
   * figure that turns a cash delta into units of it.
   */
  public double unitValueInBase(Portfolio portfolio, MarketSnapshot market, String underlying) {
    MarketView view = new MarketView(portfolio, market);
    return view.price(underlying) * view.fx(view.currencyOf(underlying));
  }

  /**
   * The exposure of some of a valid portfolio's positions under {@code market}, without totals:
   * what the drift and the rebalancer add to target lines on the delta basis.
   */
  public List<PositionExposure> positions(
      Portfolio portfolio, MarketSnapshot market, List<Position> positions) {
    return valued(new MarketView(portfolio, market), positions);
  }

  /**
   * The same, with every option at its mark and no Greeks (its delta and cash delta 0): for a
   * market whose marks are the model's already, as a stress scenario's are. A fraction of the cost
   * of {@link #positions} on a book of American options, whose Greeks are finite differences.
   */
  public List<PositionExposure> positionsAtMarks(
      Portfolio portfolio, MarketSnapshot market, List<Position> positions) {
    PositionExposures exposures =
        new PositionExposures(new MarketView(portfolio, market), options, true);
    List<Position> held = positions.stream().filter(p -> p.quantity().signum() != 0).toList();
    return (held.size() >= PARALLEL_FROM ? held.parallelStream() : held.stream())
        .map(exposures::of)
        .toList();
  }

  /**
   * The positions held (not 0) valued, in their order. Options are the work here, tens of
   * microseconds each when American, so a big book's are valued on every core.
   */
  private List<PositionExposure> valued(MarketView view, List<Position> positions) {
    PositionExposures exposures = new PositionExposures(view, options);
    List<Position> held = positions.stream().filter(p -> p.quantity().signum() != 0).toList();
    return (held.size() >= PARALLEL_FROM ? held.parallelStream() : held.stream())
        .map(exposures::of)
        .toList();
  }

  /** The exposure of a valid portfolio under {@code market}. */
  public BookExposure compute(Portfolio portfolio, MarketSnapshot market) {
    MarketView view = new MarketView(portfolio, market);
    List<String> warnings = new ArrayList<>();
    List<PositionExposure> positions = valued(view, portfolio.positions());
    warnings.addAll(missingFigures(portfolio, positions));
    for (PositionExposure position : positions) {
      if (position.daysToExpiry() != null && position.daysToExpiry() <= ROLL_WARNING_DAYS) {
        warnings.add(
            position.account()
                + " "
                + position.symbol()
                + ": expires in "
                + position.daysToExpiry()
                + (position.daysToExpiry() == 1 ? " day" : " days")
                + ": roll it, close it or let it expire");
      }
    }
    List<UnderlyingExposure> perAccount = new ArrayList<>();
    List<AccountExposure> accounts = new ArrayList<>();
    Map<String, List<PositionExposure>> byAccount = new HashMap<>();
    positions.forEach(p -> byAccount.computeIfAbsent(p.account(), k -> new ArrayList<>()).add(p));
    for (Account account : portfolio.accounts()) {
      List<PositionExposure> held = byAccount.getOrDefault(account.id(), List.of());
      perAccount.addAll(byUnderlying(account.id(), held, view));
      accounts.add(account(account.id(), held, cash(portfolio, view, account.id())));
    }
    return new BookExposure(
        portfolio.baseCurrency(),
        market.asOf(),
        positions,
        byUnderlying(null, positions, view),
        perAccount,
        accounts,
        account(null, positions, cash(portfolio, view, null)),
        warnings);
  }

  /**
   * One warning per perpetual or future without an entry price, and per option with neither a
   * volatility nor a mark that implies one, in the book's order.
   */
  private static List<String> missingFigures(
      Portfolio portfolio, List<PositionExposure> positions) {
    Map<String, Position> held = new HashMap<>();
    portfolio.positions().forEach(p -> held.put(p.account() + '\u0000' + p.symbol(), p));
    List<String> warnings = new ArrayList<>();
    for (PositionExposure exposure : positions) {
      String name = exposure.account() + " " + exposure.symbol();
      boolean contract =
          exposure.type() == AssetType.PERPETUAL || exposure.type() == AssetType.FUTURE;
      if (contract
          && held.get(exposure.account() + '\u0000' + exposure.symbol()).entryPrice() == null) {
        warnings.add(
            name
                + ": no entry price, so its unrealised profit is counted as 0: add \"entryPrice\"");
      }
      if (exposure.type() == AssetType.OPTION && exposure.volatility() == null) {
        warnings.add(
            name
                + ": no volatility given and its price implies none ("
                + exposure.impliedVolNote()
                + "), so its Greeks are left out: add it to volatilities");
      }
    }
    return warnings;
  }

  private static double cash(Portfolio portfolio, MarketView view, String account) {
    double total = 0;
    for (CashBalance balance : portfolio.cash()) {
      if (account == null || balance.account().equals(account)) {
        total += balance.amount().doubleValue() * view.fx(balance.currency());
      }
    }
    return total;
  }

  private static AccountExposure account(
      String account, List<PositionExposure> positions, double cash) {
    double equity = cash;
    double gross = 0;
    double net = 0;
    for (PositionExposure position : positions) {
      equity += position.marketValue();
      if (!CASH_LIKE.contains(position.type())) {
        gross += Math.abs(position.cashDelta());
        net += position.cashDelta();
      }
    }
    return new AccountExposure(account, equity, gross, net, equity > 0 ? gross / equity : null);
  }

  /**
   * The net per underlying: cash figures summed; delta and gamma in units of the underlying from
   * the cash figures and its price, so a future's or an option-on-a-future's forward delta counts
   * against spot scaled by F / S.
   */
  private static List<UnderlyingExposure> byUnderlying(
      String account, List<PositionExposure> positions, MarketView view) {
    Map<String, List<PositionExposure>> groups = new LinkedHashMap<>();
    positions.forEach(p -> groups.computeIfAbsent(p.root(), k -> new ArrayList<>()).add(p));
    List<UnderlyingExposure> result = new ArrayList<>();
    groups.forEach(
        (root, group) -> {
          double price = view.price(root);
          double inBase = price * view.fx(view.currencyOf(root));
          double cashDelta = 0;
          double cashGamma = 0;
          double vega = 0;
          double theta = 0;
          double rho = 0;
          double gross = 0;
          double funding = 0;
          Long nearest = null;
          for (PositionExposure p : group) {
            cashDelta += p.cashDelta();
            cashGamma += p.cashGamma();
            vega += p.vega();
            theta += p.theta();
            rho += p.rho();
            gross += Math.abs(p.cashDelta());
            funding += p.fundingPerDay() == null ? 0 : p.fundingPerDay();
            if (p.daysToExpiry() != null) {
              nearest = nearest == null ? p.daysToExpiry() : Math.min(nearest, p.daysToExpiry());
            }
          }
          result.add(
              new UnderlyingExposure(
                  account,
                  root,
                  price,
                  view.currencyOf(root),
                  cashDelta / inBase,
                  cashDelta,
                  cashGamma / (0.01 * price * inBase),
                  cashGamma,
                  vega,
                  theta,
                  rho,
                  gross,
                  funding,
                  nearest));
        });
    result.sort(Comparator.comparingDouble(UnderlyingExposure::grossNotional).reversed());
    return result;
  }
}
