package dev.keel.ui.holdings;

import dev.keel.engine.AccountHolding;
import dev.keel.engine.DriftRow;

/**
 * A line of the holdings tree: a class, instrument or cash row of the drift report, or one
 * account's part of an instrument held in several accounts ({@code holding} set).
 */
public record HoldingsLine(DriftRow row, AccountHolding holding) {
  public boolean isAccountPart() {
    return holding != null;
  }
}
