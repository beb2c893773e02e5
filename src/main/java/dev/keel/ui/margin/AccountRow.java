package dev.keel.ui.margin;

import dev.keel.analytics.margin.AccountMarginFigures;

/**
 * One account's line of the margin view: its figures and their texts, written once when the figures
 * arrive, and whether it is at or past liquidation.
 *
 * @param figures the account's figures as the calculator worked them out
 * @param atLiquidation whether it is at or past liquidation, as the calculator says
 */
public record AccountRow(AccountMarginFigures figures, boolean atLiquidation) {
  /** The account's id, with a marker when it is at liquidation. */
  public String account() {
    return atLiquidation
        ? figures.account() + "  " + MarginTexts.AT_LIQUIDATION
        : figures.account();
  }

  public String mode() {
    return figures.mode().label();
  }

  public String wallet() {
    return MarginTexts.money(figures.walletBalance());
  }

  public String unrealised() {
    return MarginTexts.money(figures.unrealisedPnl());
  }

  public String marginBalance() {
    return MarginTexts.money(figures.marginBalance());
  }

  public String initial() {
    return MarginTexts.money(figures.initialMargin());
  }

  public String maintenance() {
    return MarginTexts.money(figures.maintenanceMargin());
  }

  /** The margin ratio in percent, "-" for a cash account. */
  public String marginRatio() {
    return MarginTexts.percent(figures.marginRatio());
  }

  public String leverage() {
    return MarginTexts.leverage(figures.leverage());
  }

  public String free() {
    return MarginTexts.money(figures.freeCollateral());
  }

  /** The common move of prices that liquidates the account, "none" when no move does. */
  public String shock() {
    return MarginTexts.shock(figures.shockToLiquidation());
  }
}
