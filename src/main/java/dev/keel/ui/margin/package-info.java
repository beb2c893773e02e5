/**
 * The margin view: each account's margin balance, margins, margin ratio, leverage, free collateral
 * and the common move to its liquidation, and each contract's margins and liquidation price. The
 * figures are worked out on the compute lane while the view is shown, and marked stale until the
 * latest arrive.
 */
package dev.keel.ui.margin;
