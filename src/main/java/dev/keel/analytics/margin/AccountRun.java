package dev.keel.analytics.margin;

import dev.keel.analytics.exposure.CommonMove;
import dev.keel.analytics.exposure.MarketView;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.model.Account;
import dev.keel.model.AssetType;
import dev.keel.model.CashBalance;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.margin.AccountMargin;
import dev.keel.model.margin.MarginMode;
import dev.keel.model.market.MarketSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The margin of one account: its figures, its contracts' and what could not be worked out. */
final class AccountRun {
  private final Account account;
  private final AccountMargin margin;
  private final MarketView view;
  private final List<Position> held;
  private final Map<String, PositionExposure> exposures;
  private final Portfolio portfolio;
  private final MarketSnapshot market;
  private final List<TieredContract> contracts = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  /** The value of the derivatives (the contracts' profit, the options' value), in base. */
  private double derivativesValue;

  private double unrealisedPnl;
  private double grossNotional;

  /**
   * Whether a cash account holds what a venue would margin: a perpetual, a future, a short option.
   */
  private boolean leveragedInCash;

  /** The collateral at its haircuts, the margin balance and the maintenance margin, today. */
  private double wallet;

  private double balance;
  private double maintenance;

  /** Whether the shock to liquidation is worked out. */
  private final boolean withShock;

  /** Whether the account is at or past liquidation now (worked out with the warnings). */
  private boolean atLiquidation;

  AccountRun(
      Portfolio portfolio,
      MarketSnapshot market,
      MarketView view,
      Account account,
      List<Position> held,
      Map<String, PositionExposure> exposures,
      boolean withShock) {
    this.withShock = withShock;
    this.portfolio = portfolio;
    this.market = market;
    this.view = view;
    this.account = account;
    this.margin = account.margin();
    this.held = held;
    this.exposures = exposures;
    for (Position position : held) {
      PositionExposure exposure = exposures.get(account.id() + '\u0000' + position.symbol());
      Instrument instrument = view.instrument(position.symbol());
      AssetType type = instrument.type();
      if (type != AssetType.CASH && type != AssetType.STABLECOIN) {
        grossNotional += Math.abs(exposure.cashDelta());
      }
      if (!type.isDerivative()) {
        continue;
      }
      derivativesValue += exposure.marketValue();
      if (type != AssetType.OPTION) {
        unrealisedPnl += exposure.unrealisedPnl();
      }
      if (!margin.isMargined()) {
        leveragedInCash |= type != AssetType.OPTION || position.quantity().signum() < 0;
        continue;
      }
      boolean contract = type == AssetType.PERPETUAL || type == AssetType.FUTURE;
      if (contract && !instrument.marginTiers().isEmpty() && !instrument.terms().isInverse()) {
        contracts.add(new TieredContract(position, instrument, view));
      } else if (contract || position.quantity().signum() < 0) {
        warnings.add(
            account.id()
                + " "
                + position.symbol()
                + ": no margin rule Keel follows for it yet (leverage tiers on a linear contract),"
                + " so its maintenance margin is counted as 0");
      }
    }
    wallet = collateral(0);
    balance = wallet + derivativesValue;
    maintenance = contracts.stream().mapToDouble(c -> c.maintenanceInBase(0)).sum();
    warnAboutFigures();
    if (leveragedInCash) {
      warnings.add(
          account.id()
              + " holds perpetuals, futures or short options but has no margin settings, so it is"
              + " counted as a cash account: give it a \"margin\" mode (docs/margin.md) to see its"
              + " margin and liquidation");
    }
    if (margin.mode() == MarginMode.PORTFOLIO) {
      warnings.add(
          account.id()
              + ": portfolio margin is worked out as cross margin until its scenario grid is in"
              + " Keel");
    }
  }

  /**
   * What the figures rest on that the user should know: an entry price missing, isolated margins
   * the collateral does not cover, an account already past liquidation.
   */
  private void warnAboutFigures() {
    double isolated = 0;
    for (TieredContract contract : contracts) {
      if (!contract.hasEntryPrice()) {
        warnings.add(
            account.id()
                + " "
                + contract.symbol()
                + ": no entry price, so its unrealised profit is counted as 0 and its liquidation"
                + " price is worked out from the mark: add \"entryPrice\"");
      }
      isolated += contract.isolatedMarginInBase();
    }
    if (margin.mode() == MarginMode.ISOLATED && isolated > wallet + 1e-9) {
      warnings.add(
          account.id()
              + ": its positions' isolated margins add up to "
              + String.format(Locale.ROOT, "%.2f", isolated)
              + ", more than its collateral of "
              + String.format(Locale.ROOT, "%.2f", wallet)
              + ": the file sets aside money the account does not hold");
    }
    atLiquidation =
        margin.mode() == MarginMode.ISOLATED
            ? contracts.stream().anyMatch(c -> c.isolatedBalance(0) <= c.maintenance(0))
            : margin.isMargined() && !contracts.isEmpty() && balance <= maintenance;
    if (atLiquidation) {
      warnings.add(
          account.id()
              + ": at or past liquidation now: its margin balance does not cover its maintenance"
              + " margin");
    }
  }

  AccountMarginFigures figures() {
    double initial = contracts.stream().mapToDouble(TieredContract::initialInBase).sum();
    Double ratio = ratio();
    Double shock =
        withShock && margin.isMargined() && (!contracts.isEmpty() || hasShortOptions())
            ? shock()
            : null;
    return new AccountMarginFigures(
        account.id(),
        margin.mode(),
        wallet,
        unrealisedPnl,
        balance,
        initial,
        maintenance,
        ratio,
        balance > 0 ? grossNotional / balance : null,
        balance - initial,
        null,
        shock,
        atLiquidation);
  }

  /** The margin ratio: the account's, or in isolated mode the highest of its positions' own. */
  private Double ratio() {
    if (!margin.isMargined()) {
      return null; // a cash account keeps no maintenance margin
    }
    if (margin.mode() != MarginMode.ISOLATED) {
      return balance > 0 ? maintenance / balance : null;
    }
    double highest = 0;
    for (TieredContract contract : contracts) {
      double own = contract.isolatedBalance(0);
      if (!(own > 0)) {
        return null;
      }
      highest = Math.max(highest, contract.maintenance(0) / own);
    }
    return highest;
  }

  List<PositionMarginFigures> positions() {
    List<PositionMarginFigures> figures = new ArrayList<>();
    for (TieredContract contract : contracts) {
      Double liquidation =
          margin.mode() == MarginMode.ISOLATED
              ? contract.isolatedLiquidationPrice()
              : contract.crossLiquidationPrice(
                  balance - contract.unrealisedInBase(),
                  maintenance - contract.maintenanceInBase(0));
      figures.add(contract.figures(account.id(), liquidation));
    }
    return figures;
  }

  List<String> warnings() {
    return warnings;
  }

  /**
   * The cash and spot holdings that count as collateral, each at its haircut, with every price that
   * moves (coins, stocks; not fiat or stablecoins) moved by {@code move}.
   */
  private double collateral(double move) {
    double total = 0;
    for (CashBalance cash : portfolio.cash()) {
      if (!cash.account().equals(account.id())) {
        continue;
      }
      double value =
          cash.amount().doubleValue() * view.fx(cash.currency()) * moved(cash.currency(), move);
      if (value < 0) {
        total += value; // a loan is owed in full, whatever counts as collateral
      } else if (margin.counts(cash.currency())) {
        total += value * margin.haircut(cash.currency()).doubleValue();
      }
    }
    for (Position position : held) {
      Instrument instrument = view.instrument(position.symbol());
      if (instrument.type().isDerivative() || !margin.counts(position.symbol())) {
        continue;
      }
      double value = exposures.get(account.id() + '\u0000' + position.symbol()).marketValue();
      boolean moves =
          instrument.type() != AssetType.CASH && instrument.type() != AssetType.STABLECOIN;
      total += value * margin.haircut(position.symbol()).doubleValue() * (moves ? 1 + move : 1);
    }
    return total;
  }

  /** 1 + move for cash in a coin the book prices (it moves with the market), else 1. */
  private double moved(String currency, double move) {
    Instrument coin = view.instrument(currency);
    return coin != null && coin.type() == AssetType.CRYPTO_SPOT ? 1 + move : 1;
  }

  private boolean hasShortOptions() {
    return held.stream()
        .anyMatch(
            p ->
                view.instrument(p.symbol()).type() == AssetType.OPTION
                    && p.quantity().signum() < 0);
  }

  /**
   * The common move nearest to 0 at which the account is liquidated: cross, where its margin
   * balance meets its maintenance margin; isolated, where the first position's own margin does.
   */
  private Double shock() {
    if (margin.mode() == MarginMode.ISOLATED) {
      Double nearest = null;
      for (TieredContract contract : contracts) {
        Double own =
            MoveToLiquidation.nearest(m -> contract.isolatedBalance(m) - contract.maintenance(m));
        if (own != null && (nearest == null || Math.abs(own) < Math.abs(nearest))) {
          nearest = own;
        }
      }
      return nearest;
    }
    CommonMove move = CommonMove.of(portfolio, market, held);
    warnings.addAll(move.warnings());
    return MoveToLiquidation.nearest(
        m -> {
          double moved = collateral(m) + derivativesValue + move.change(m);
          for (TieredContract contract : contracts) {
            moved -= contract.maintenanceInBase(m);
          }
          return moved;
        });
  }
}
