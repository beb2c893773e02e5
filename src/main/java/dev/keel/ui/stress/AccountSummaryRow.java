package dev.keel.ui.stress;

import dev.keel.analytics.stress.AccountWorst;

/**
 * One account's line of the summary: today and at its worst scenario, before the proposal and, when
 * there is one, after it.
 *
 * @param before the account in the book as it is
 * @param after the account in the book after the approved trades; {@code null} when none is shown
 */
public record AccountSummaryRow(Side before, Side after) {
  /**
   * The account on one side of the proposal.
   *
   * @param worst the account today and at its worst scenario
   * @param scenarios how many scenarios were run on that side
   * @param atLiquidation whether it is at or past liquidation already, before any scenario
   */
  public record Side(AccountWorst worst, int scenarios, boolean atLiquidation) {}

  public String account() {
    return before.worst().account();
  }

  public String mode() {
    return before.worst().mode().label();
  }

  public String equity(boolean afterProposal) {
    Side side = side(afterProposal);
    return side == null ? StressTexts.NOT_APPLICABLE : StressTexts.money(side.worst().equity());
  }

  /** The margin ratio today, "LIQ now" for an account at liquidation, "-" for a cash account. */
  public String marginRatio(boolean afterProposal) {
    Side side = side(afterProposal);
    if (side == null) {
      return StressTexts.NOT_APPLICABLE;
    }
    return side.atLiquidation()
        ? StressTexts.LIQUIDATED_NOW
        : StressTexts.percent(side.worst().marginRatio());
  }

  /** The scenario with the largest weighted loss, "-" when none was run. */
  public String worstScenario(boolean afterProposal) {
    Side side = side(afterProposal);
    return side == null || side.worst().worstScenario() == null
        ? StressTexts.NOT_APPLICABLE
        : side.worst().worstScenario();
  }

  /** The worst scenario's P&amp;L, unweighted. */
  public String worstPnl(boolean afterProposal) {
    Side side = side(afterProposal);
    return side == null || side.worst().worstScenario() == null
        ? StressTexts.NOT_APPLICABLE
        : StressTexts.money(side.worst().worstPnl());
  }

  /** In how many of the scenarios it is liquidated: "9 of 24". */
  public String liquidatedIn(boolean afterProposal) {
    Side side = side(afterProposal);
    return side == null
        ? StressTexts.NOT_APPLICABLE
        : side.worst().liquidatedIn() + " of " + side.scenarios();
  }

  /** The first scenario that liquidates it, for the tooltip of {@link #liquidatedIn}. */
  public String firstLiquidating(boolean afterProposal) {
    Side side = side(afterProposal);
    return side == null || side.worst().firstLiquidating() == null
        ? null
        : "first liquidated by " + side.worst().firstLiquidating();
  }

  /**
   * The account on one side of the proposal, {@code null} for the after side when none is shown.
   */
  public Side side(boolean afterProposal) {
    return afterProposal ? after : before;
  }
}
