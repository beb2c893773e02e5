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
import dev.keel.model.margin.LoanLevels;
import dev.keel.model.margin.MarginMode;
import dev.keel.model.market.MarketSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The margin of one account: its figures, its margined positions' and what could not be worked out.
 * Which rule margins each position is {@link PositionRules}'s; the account adds its loans (under
 * loan levels, the margin a spot margin account keeps on its debt) and, for a lending account, its
 * debt, which its collateral at the liquidation thresholds must cover.
 */
final class AccountRun {
  private final Account account;
  private final AccountMargin margin;
  private final List<Position> held;
  private final Portfolio portfolio;
  private final MarketSnapshot market;
  private final AccountBalances balances;
  private final List<MarginedPosition> margined = new ArrayList<>();
  private final List<TieredContract> tiered = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final boolean lending;

  /** The loan levels the account's debt is margined at, {@code null} for none. */
  private final LoanLevels loans;

  /** The value of the derivatives (the contracts' profit, the options' value), in base. */
  private double derivativesValue;

  private double unrealisedPnl;
  private double grossNotional;

  /**
   * Whether a cash account holds what a venue would margin: a perpetual, a future, a short option.
   */
  private boolean leveragedInCash;

  private boolean shortOptions;

  /** The wallet, margin balance, maintenance and initial margin and debt, today. */
  private final double wallet;

  private final double balance;
  private final double maintenance;
  private final double initial;
  private final double debt;

  /** Whether the shock to liquidation is worked out. */
  private final boolean withShock;

  /** Whether the options' cash delta is known, so that the leverage can be worked out. */
  private final boolean withLeverage;

  /** Every asset at its full value (see {@link AccountMarginFigures#equity()}). */
  private double equity;

  /** Whether the account is at or past liquidation now (worked out with the warnings). */
  private boolean atLiquidation;

  AccountRun(
      Portfolio portfolio,
      MarketSnapshot market,
      MarketView view,
      Account account,
      List<Position> held,
      Map<String, PositionExposure> exposures,
      boolean withShock,
      boolean withLeverage) {
    this.withShock = withShock;
    this.withLeverage = withLeverage;
    this.portfolio = portfolio;
    this.market = market;
    this.account = account;
    this.margin = account.margin();
    this.held = held;
    this.lending = margin.mode() == MarginMode.LENDING;
    PositionRules rules = new PositionRules(account.id(), margin, view, warnings);
    for (Position position : held) {
      PositionExposure exposure = exposures.get(account.id() + '\u0000' + position.symbol());
      Instrument instrument = view.instrument(position.symbol());
      AssetType type = instrument.type();
      equity += exposure.marketValue();
      if (type != AssetType.CASH && type != AssetType.STABLECOIN) {
        grossNotional += Math.abs(exposure.cashDelta());
      }
      if (type.isDerivative()) {
        derivativesValue += exposure.marketValue();
        if (type != AssetType.OPTION) {
          unrealisedPnl += exposure.unrealisedPnl();
        }
        shortOptions |= type == AssetType.OPTION && position.quantity().signum() < 0;
      }
      if (!margin.isMargined()) {
        leveragedInCash |=
            type.isDerivative() && (type != AssetType.OPTION || position.quantity().signum() < 0);
        continue;
      }
      MarginedPosition item = rules.of(position, exposure);
      if (item != null) {
        margined.add(item);
        if (item instanceof TieredContract contract) {
          tiered.add(contract);
        }
      }
    }
    for (CashBalance cash : portfolio.cash()) {
      if (cash.account().equals(account.id())) {
        equity += cash.amount().doubleValue() * view.fx(cash.currency());
      }
      if (cash.account().equals(account.id()) && AccountBalances.moves(view, cash.currency())) {
        // a coin balance is exposure too, a borrowed one a short
        grossNotional += Math.abs(cash.amount().doubleValue() * view.fx(cash.currency()));
      }
    }
    balances = new AccountBalances(portfolio, view, account, held, exposures);
    debt = balances.debt(0);
    loans = margin.rules().loans();
    wallet = lending ? balances.collateral(0) : balances.collateral(0) - debt;
    balance = wallet + derivativesValue;
    maintenance = maintenance(0);
    initial = margined.stream().mapToDouble(MarginedPosition::initialInBase).sum() + debtInitial();
    if (lending) {
      warnAboutCollateral(view);
    }
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

  /** The account's maintenance margin after a move: its positions', then its debt's. */
  private double maintenance(double move) {
    double total = 0;
    for (MarginedPosition position : margined) {
      total += position.maintenanceInBase(move);
    }
    if (lending) {
      return total + balances.debt(move); // the weighted collateral must cover the debt
    }
    if (loans != null) {
      // margin level = assets / debt reaches the liquidation level L where the margin balance,
      // assets - debt, meets (L - 1) x debt
      total += (loans.liquidationLevel().doubleValue() - 1) * balances.debt(move);
    }
    return total;
  }

  /** What the debt sets aside: a lending account's debt, or (borrow level - 1) x debt. */
  private double debtInitial() {
    if (lending) {
      return debt;
    }
    return loans == null ? 0 : (loans.borrowLevel().doubleValue() - 1) * debt;
  }

  /** Whether the account holds anything its margin rules margin, a loan among them. */
  private boolean hasMargin() {
    return !margined.isEmpty() || (debt > 0 && (lending || loans != null));
  }

  /** A lending account's assets without a liquidation threshold count as no collateral. */
  private void warnAboutCollateral(MarketView view) {
    List<String> uncounted = new ArrayList<>();
    portfolio.cash().stream()
        .filter(c -> c.account().equals(account.id()) && c.amount().signum() > 0)
        .filter(c -> !margin.counts(c.currency()))
        .forEach(c -> uncounted.add(c.currency()));
    held.stream()
        .filter(p -> !view.instrument(p.symbol()).type().isDerivative())
        .filter(p -> !margin.counts(p.symbol()))
        .forEach(p -> uncounted.add(p.symbol()));
    for (String asset : uncounted) {
      warnings.add(
          account.id()
              + " "
              + asset
              + ": no liquidation threshold, so it counts as no collateral toward the health"
              + " factor: add it to \"liquidationThresholds\" if the protocol counts it");
    }
  }

  /**
   * What the figures rest on that the user should know: an entry price missing, isolated margins
   * the collateral does not cover, an account already past liquidation or called for margin.
   */
  private void warnAboutFigures() {
    for (MarginedPosition position : margined) {
      if (position.missingEntryPrice()) {
        warnings.add(
            account.id()
                + " "
                + position.symbol()
                + ": no entry price, so its unrealised profit is counted as 0 and its liquidation"
                + " price is worked out from the mark: add \"entryPrice\"");
      }
    }
    double isolated = tiered.stream().mapToDouble(TieredContract::isolatedMarginInBase).sum();
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
            ? tiered.stream().anyMatch(c -> c.isolatedBalance(0) <= c.maintenance(0))
            : margin.isMargined() && hasMargin() && balance <= maintenance;
    if (atLiquidation) {
      warnings.add(
          account.id()
              + ": at or past liquidation now: "
              + (lending
                  ? "its health factor is not above 1"
                  : "its margin balance does not cover its maintenance margin"));
    } else if (loans != null
        && debt > 0
        && marginLevel() <= loans.marginCallLevel().doubleValue()) {
      warnings.add(
          account.id()
              + ": margin call: its margin level, "
              + String.format(Locale.ROOT, "%.3f", marginLevel())
              + ", is at or below the call level of "
              + loans.marginCallLevel().toPlainString()
              + " (liquidation at "
              + loans.liquidationLevel().toPlainString()
              + ")");
    }
  }

  /** The margin level: the assets (all but the debt) over the debt. */
  private double marginLevel() {
    return (balance + debt) / debt;
  }

  AccountMarginFigures figures() {
    Double shock =
        withShock && margin.isMargined() && (hasMargin() || shortOptions) ? shock() : null;
    return new AccountMarginFigures(
        account.id(),
        margin.mode(),
        wallet,
        unrealisedPnl,
        balance,
        initial,
        maintenance,
        ratio(),
        balance > 0 && withLeverage ? grossNotional / balance : null,
        balance - initial,
        lending && debt > 0 ? balance / debt : null,
        shock,
        atLiquidation,
        loans != null && debt > 0 ? marginLevel() : null,
        equity);
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
    for (TieredContract contract : tiered) {
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
    for (MarginedPosition position : margined) {
      Double liquidation =
          margin.mode() == MarginMode.ISOLATED
              ? ((TieredContract) position).isolatedLiquidationPrice()
              : position.crossLiquidationPrice(
                  balance - position.unrealisedInBase(),
                  maintenance - position.maintenanceInBase(0));
      figures.add(position.figures(account.id(), liquidation));
    }
    return figures;
  }

  List<String> warnings() {
    return warnings;
  }

  /**
   * The common move nearest to 0 at which the account is liquidated: cross, where its margin
   * balance meets its maintenance margin (a lending account: where its health factor reaches 1);
   * isolated, where the first position's own margin does.
   */
  private Double shock() {
    if (margin.mode() == MarginMode.ISOLATED) {
      Double nearest = null;
      for (TieredContract contract : tiered) {
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
          double moved =
              balances.collateral(m) - (lending ? 0 : balances.debt(m)) + derivativesValue;
          return moved + move.change(m) - maintenance(m);
        });
  }
}
