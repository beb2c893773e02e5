package dev.keel.ui.margin;

import dev.keel.analytics.margin.PositionMarginFigures;

/**
 * One perpetual or future's line of the margin view: its figures and their texts, prices in its
 * quote currency, money in the book's base currency.
 *
 * @param figures the contract's figures as the calculator worked them out
 */
public record PositionRow(PositionMarginFigures figures) {
  public String account() {
    return figures.account();
  }

  public String symbol() {
    return figures.symbol();
  }

  public String quantity() {
    return MarginTexts.price(figures.quantity());
  }

  /** The entry price, "-" when the file gives none. */
  public String entry() {
    return MarginTexts.entry(figures.entryPrice());
  }

  public String mark() {
    return MarginTexts.price(figures.markPrice());
  }

  public String notional() {
    return MarginTexts.money(figures.notional());
  }

  public String initial() {
    return MarginTexts.money(figures.initialMargin());
  }

  public String maintenance() {
    return MarginTexts.money(figures.maintenanceMargin());
  }

  /**
   * The liquidation price to seven significant digits, "none" when no price liquidates it, and "-"
   * for an option or a stock, which has no liquidation price of its own (as in {@code keel
   * margin}).
   */
  public String liquidation() {
    return figures.liquidationPriceApplies()
        ? MarginTexts.liquidation(figures.liquidationPrice())
        : "-";
  }
}
