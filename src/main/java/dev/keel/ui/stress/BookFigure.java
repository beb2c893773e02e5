package dev.keel.ui.stress;

import dev.keel.analytics.stress.AccountStress;
import dev.keel.analytics.stress.ScenarioResult;
import java.util.List;

/**
 * The whole book under one scenario, on one side of the proposal: the accounts' summed P&amp;L
 * against their summed equity, and the accounts it liquidates.
 *
 * @param pnl the book's P&amp;L
 * @param equityToday the book's equity before the scenario
 * @param liquidatedAccounts the accounts the scenario liquidates, in the book's order
 */
public record BookFigure(double pnl, double equityToday, List<String> liquidatedAccounts)
    implements HeatFigure {
  public BookFigure {
    liquidatedAccounts = List.copyOf(liquidatedAccounts);
  }

  /** The book's P&amp;L. */
  @Override
  public double pnl() {
    return pnl;
  }

  static BookFigure of(ScenarioResult result, double equityToday) {
    return new BookFigure(
        result.pnl(),
        equityToday,
        result.accounts().stream()
            .filter(AccountStress::liquidated)
            .map(AccountStress::account)
            .toList());
  }

  /**
   * The P&amp;L, and how many accounts the scenario liquidates when it does: {@code -261682.54},
   * {@code -261682.54 · 1 LIQ}.
   */
  @Override
  public String text() {
    String money = StressTexts.money(pnl);
    return liquidatedAccounts.isEmpty()
        ? money
        : money + StressTexts.BETWEEN + liquidatedAccounts.size() + " " + StressTexts.LIQUIDATED;
  }

  @Override
  public String details() {
    String line =
        "the book: P&L "
            + StressTexts.money(pnl)
            + " ("
            + StressTexts.shareOfEquity(pnl, equityToday)
            + ")";
    return liquidatedAccounts.isEmpty()
        ? line + "\nno account liquidated"
        : line + "\nliquidated: " + String.join(", ", liquidatedAccounts);
  }

  @Override
  public LossBand band() {
    return LossBand.of(pnl, equityToday);
  }

  /** Whether the scenario liquidates any account. */
  @Override
  public boolean liquidated() {
    return !liquidatedAccounts.isEmpty();
  }
}
