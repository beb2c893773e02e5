package dev.keel.engine.guard;

import dev.keel.analytics.margin.AccountMarginFigures;
import dev.keel.analytics.margin.BookMargin;
import dev.keel.analytics.margin.MarginCalculator;
import dev.keel.model.Account;
import dev.keel.model.Portfolio;
import dev.keel.model.margin.MarginGuard;
import dev.keel.model.margin.MarginMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The guard figures of a book's margin accounts, and the limits they break. Stateless. */
public final class GuardCheck {
  private GuardCheck() {}

  /** The figures of every margin account of a valid portfolio, in the book's order. */
  public static List<GuardFigures> figures(Portfolio portfolio) {
    return figures(MarginCalculator.DEFAULT.compute(portfolio));
  }

  /** The figures of every margin account in a book's margin, in its order. */
  public static List<GuardFigures> figures(BookMargin margin) {
    List<GuardFigures> figures = new ArrayList<>();
    for (AccountMarginFigures account : margin.accounts()) {
      if (account.mode() == MarginMode.CASH) {
        continue;
      }
      figures.add(
          new GuardFigures(
              account.account(),
              account.mode(),
              account.marginRatio(),
              account.leverage(),
              account.marginBalance(),
              account.healthFactor(),
              account.shockToLiquidation()));
    }
    return figures;
  }

  /**
   * The figures of one account, worked out on that account alone (its positions and cash): what a
   * trade in it changes, without the rest of the book. {@code null} for a cash account.
   */
  public static GuardFigures account(Portfolio portfolio, String account) {
    Account held = portfolio.accountsById().get(account);
    if (held == null || !held.margin().isMargined()) {
      return null;
    }
    Portfolio alone =
        portfolio.toBuilder()
            .accounts(List.of(held))
            .positions(
                portfolio.positions().stream().filter(p -> p.account().equals(account)).toList())
            .cash(portfolio.cash().stream().filter(c -> c.account().equals(account)).toList())
            .build();
    List<GuardFigures> figures = figures(alone);
    return figures.isEmpty() ? null : figures.get(0);
  }

  /** The limits an account's figures break, in the order of {@link Guard}. */
  public static List<GuardBreach> breaches(GuardFigures figures, MarginGuard limits) {
    List<GuardBreach> breaches = new ArrayList<>();
    if (figures == null) {
      return breaches;
    }
    String id = figures.account();
    boolean noBalance = !(figures.marginBalance() > 0);
    if (limits.maxMarginRatio() != null
        && (noBalance || above(figures.marginRatio(), limits.maxMarginRatio()))) {
      breaches.add(
          new GuardBreach(
              id, Guard.MAX_MARGIN_RATIO, figures.marginRatio(), limits.maxMarginRatio()));
    }
    Double shock = figures.shockToLiquidation();
    if (limits.minShockToLiquidation() != null
        && (noBalance
            || (shock != null && Math.abs(shock) < limits.minShockToLiquidation().doubleValue()))) {
      breaches.add(
          new GuardBreach(
              id,
              Guard.MIN_SHOCK_TO_LIQUIDATION,
              noBalance ? null : shock,
              limits.minShockToLiquidation()));
    }
    if (limits.maxLeverage() != null
        && (noBalance || above(figures.leverage(), limits.maxLeverage()))) {
      breaches.add(
          new GuardBreach(id, Guard.MAX_LEVERAGE, figures.leverage(), limits.maxLeverage()));
    }
    Double health = figures.healthFactor();
    if (limits.minHealthFactor() != null
        && health != null
        && health < limits.minHealthFactor().doubleValue()) {
      breaches.add(new GuardBreach(id, Guard.MIN_HEALTH_FACTOR, health, limits.minHealthFactor()));
    }
    return breaches;
  }

  /** The breaches of every margin account of a valid portfolio. */
  public static List<GuardBreach> breaches(Portfolio portfolio, MarginGuard limits) {
    List<GuardBreach> breaches = new ArrayList<>();
    figures(portfolio).forEach(f -> breaches.addAll(breaches(f, limits)));
    return breaches;
  }

  /** The summed shortfall of the breaches: 0 when the account keeps every limit. */
  public static double shortfall(List<GuardBreach> breaches) {
    return breaches.stream().mapToDouble(GuardBreach::shortfall).sum();
  }

  private static boolean above(Double figure, BigDecimal limit) {
    return figure == null || figure > limit.doubleValue();
  }
}
