package dev.keel.ui.stress;

import dev.keel.analytics.stress.AccountStress;
import dev.keel.model.margin.MarginMode;

/**
 * One account under one scenario, on one side of the proposal: its figures, the equity its loss is
 * measured against, and their texts.
 *
 * @param figures the account after the scenario, as the stress calculator worked it out
 * @param equityToday the account's equity before the scenario, on the same side of the proposal
 */
public record StressCell(AccountStress figures, double equityToday) implements HeatFigure {
  @Override
  public double pnl() {
    return figures.pnl();
  }

  @Override
  public LossBand band() {
    return LossBand.of(figures.pnl(), equityToday);
  }

  @Override
  public boolean liquidated() {
    return figures.liquidated();
  }

  /**
   * The P&amp;L and, for a margin account, its margin ratio after the scenario or "LIQ": {@code
   * -41209.62 · LIQ}, {@code 41209.62 · 5.67%}; a cash account's P&amp;L alone.
   */
  @Override
  public String text() {
    String pnl = StressTexts.money(figures.pnl());
    if (figures.liquidated()) {
      return pnl + StressTexts.BETWEEN + StressTexts.LIQUIDATED;
    }
    if (figures.mode() == MarginMode.CASH) {
      return pnl;
    }
    return pnl + StressTexts.BETWEEN + StressTexts.percent(figures.marginRatio());
  }

  @Override
  public String details() {
    StringBuilder tip =
        new StringBuilder(figures.account())
            .append(": P&L ")
            .append(StressTexts.money(figures.pnl()))
            .append(" (")
            .append(StressTexts.shareOfEquity(figures.pnl(), equityToday))
            .append(")\nequity after ")
            .append(StressTexts.money(figures.equity()));
    if (figures.mode() != MarginMode.CASH) {
      tip.append("\nmargin balance ")
          .append(StressTexts.money(figures.marginBalance()))
          .append(", maintenance ")
          .append(StressTexts.money(figures.maintenanceMargin()))
          .append("\nmargin ratio after ")
          .append(StressTexts.percent(figures.marginRatio()));
    }
    if (figures.liquidated()) {
      tip.append("\nliquidated: its margin no longer covers its maintenance margin");
    }
    if (figures.weightedPnl() != figures.pnl()) {
      tip.append("\nweighted P&L ").append(StressTexts.money(figures.weightedPnl()));
    }
    return tip.toString();
  }
}
