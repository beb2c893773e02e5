package dev.keel.analytics.margin;

import dev.keel.analytics.exposure.ExposureCalculator;
import dev.keel.analytics.exposure.MarketView;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.model.Account;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.market.MarketSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out the margin of a book's accounts (docs/margin.md): for each account its wallet balance,
 * margin balance, initial and maintenance margin, margin ratio, leverage, free collateral and the
 * common move that would liquidate it; for each perpetual and future of a margin account its
 * notional, margins and liquidation price. Stateless.
 *
 * <p>The rule kinds followed (docs/margin.md): leverage tiers on linear perpetuals and futures
 * (Binance's USDT-margined rule, with its {@code cum}) in cross and isolated accounts; in cross
 * accounts, as the account's rules give them, size-scaled rates of perpetuals and futures and
 * Deribit's standard margin of short coin options, the Cboe rule of uncovered short equity and
 * index options, Reg T stock margin and the margin levels of spot margin loans; and the health
 * factor of a lending account. Collateral counts at its haircuts. A contract or a short option no
 * rule covers is named in a warning and counted with no maintenance margin.
 */
public final class MarginCalculator {
  /** The shared instance. */
  public static final MarginCalculator DEFAULT = new MarginCalculator(true, false);

  /**
   * An instance that leaves the shock to liquidation out ({@code null}): for figures that do not
   * need the scan for the move.
   */
  public static final MarginCalculator WITHOUT_SHOCK = new MarginCalculator(false, false);

  /**
   * For the margin after a stress scenario, whose options are repriced into their marks already: no
   * shock to liquidation, options valued at their marks with no Greeks, and so no leverage ({@code
   * null}: an option's cash delta is not worked out). Every other figure is the same.
   */
  public static final MarginCalculator AT_MARKS = new MarginCalculator(false, true);

  private final boolean withShock;
  private final boolean atMarks;

  private MarginCalculator(boolean withShock, boolean atMarks) {
    this.withShock = withShock;
    this.atMarks = atMarks;
  }

  /** The margin of a valid portfolio under its own snapshot. */
  public BookMargin compute(Portfolio portfolio) {
    return compute(portfolio, portfolio.market());
  }

  /** The margin of a valid portfolio under {@code market}. */
  public BookMargin compute(Portfolio portfolio, MarketSnapshot market) {
    MarketView view = new MarketView(portfolio, market);
    Map<String, List<Position>> held = new HashMap<>();
    for (Position position : portfolio.positions()) {
      if (position.quantity().signum() != 0) {
        held.computeIfAbsent(position.account(), k -> new ArrayList<>()).add(position);
      }
    }
    Map<String, PositionExposure> exposures = new HashMap<>();
    List<PositionExposure> valued =
        atMarks
            ? ExposureCalculator.DEFAULT.positionsAtMarks(portfolio, market, portfolio.positions())
            : ExposureCalculator.DEFAULT.positions(portfolio, market, portfolio.positions());
    for (PositionExposure exposure : valued) {
      exposures.put(exposure.account() + '\u0000' + exposure.symbol(), exposure);
    }
    List<AccountMarginFigures> accounts = new ArrayList<>();
    List<PositionMarginFigures> positions = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Account account : portfolio.accounts()) {
      AccountRun run =
          new AccountRun(
              portfolio,
              market,
              view,
              account,
              held.getOrDefault(account.id(), List.of()),
              exposures,
              withShock,
              !atMarks);
      accounts.add(run.figures());
      positions.addAll(run.positions());
      warnings.addAll(run.warnings());
    }
    return new BookMargin(portfolio.baseCurrency(), accounts, positions, warnings);
  }
}
