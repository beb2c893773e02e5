package dev.keel.ui.export;

import dev.keel.engine.guard.GuardBreach;
import dev.keel.engine.guard.GuardReport;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Whether the export may go past the margin guard: while an account ends past it, the dialog names
 * the limits and waits for the trader to tick the override, which the manifest records.
 */
final class GuardConsent {
  private final GuardReport guard;
  private final boolean blocks;
  private final String problem;
  private final BooleanProperty overridden = new SimpleBooleanProperty();

  /**
   * @param guard the guard's figures, {@code null} when the book is not guarded
   */
  GuardConsent(GuardReport guard) {
    this.guard = guard;
    this.blocks = guard != null && guard.blocksExport();
    this.problem =
        blocks
            ? "An account ends past its margin guard: "
                + String.join("; ", guard.breachesAfter().stream().map(GuardBreach::text).toList())
                + ". Reject or reduce trades, or tick \"Export past the guard\" to write the"
                + " orders anyway (the manifest records it)."
            : "";
  }

  GuardReport guard() {
    return guard;
  }

  /** Whether an account ends past its guard. */
  boolean blocks() {
    return blocks;
  }

  /** What stops the export, empty when nothing does (no breach, or the trader overrode it). */
  String refusal() {
    return blocks && !overridden.get() ? problem : "";
  }

  /** Whether the export goes past the guard with the trader's consent, for the manifest. */
  boolean isOverridden() {
    return blocks && overridden.get();
  }

  BooleanProperty overriddenProperty() {
    return overridden;
  }
}
