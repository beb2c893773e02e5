package dev.keel.ui.holdings;

import dev.keel.engine.AccountHolding;
import dev.keel.engine.CashHolding;
import dev.keel.engine.DriftRow;

/**
 * A line of the holdings tree: a class, instrument or cash row of the drift report, one account's
 * part of an instrument held in several accounts ({@code holding} set), or one account's balance of
 * one currency under the cash row ({@code cash} set).
 */
public record HoldingsLine(DriftRow row, AccountHolding holding, CashHolding cash) {
  /** A class, instrument or cash row ({@code holding} null) or an instrument's account part. */
  public HoldingsLine(DriftRow row, AccountHolding holding) {
    this(row, holding, null);
  }

  /** Whether the line is a part of its row (an account's holding or cash balance). */
  public boolean isAccountPart() {
    return holding != null || cash != null;
  }

  /** Whether the line is one account's balance of one currency. */
  public boolean isCashPart() {
    return cash != null;
  }
}
