package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.model.Instrument;
import dev.keel.model.Restriction;
import java.util.Map;

/** What may be traded: the sides the mode allows, and the file's restrictions per instrument. */
final class Permissions {
  private final RebalanceSettings.Mode mode;
  private final Map<String, Restriction> restrictions;
  private final SliceWarnings warnings;

  Permissions(RebalanceSettings settings, Map<String, Restriction> restrictions, SliceWarnings w) {
    this.mode = settings.mode();
    this.restrictions = restrictions;
    this.warnings = w;
  }

  /** Whether the mode allows selling at all. */
  boolean sellsAllowed() {
    return mode.allowsSell();
  }

  /** Whether the mode allows buying at all. */
  boolean buysAllowed() {
    return mode.allowsBuy();
  }

  /**
   * Whether the instrument may be traded on that side; when not and {@code warn} is set, a warning
   * says why (the mode, or the restriction).
   */
  boolean allows(Instrument instrument, Side side, boolean warn) {
    String symbol = instrument.symbol();
    boolean modeAllows = side == Side.BUY ? mode.allowsBuy() : mode.allowsSell();
    if (!modeAllows) {
      if (warn) {
        warnings.warn(Kind.MODE, symbol, new RebalanceWarning.ModeForbids(side, mode));
      }
      return false;
    }
    Restriction restriction = restrictions.get(symbol);
    if (restriction != null
        && !(side == Side.BUY ? restriction.allowsBuy() : restriction.allowsSell())) {
      if (warn) {
        warnings.warn(Kind.RESTRICTED, symbol, new RebalanceWarning.Restricted(side, restriction));
      }
      return false;
    }
    return true;
  }
}
