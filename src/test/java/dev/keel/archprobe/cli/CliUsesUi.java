package dev.keel.archprobe.cli;

import dev.keel.archprobe.ui.Formats;
import java.math.BigDecimal;

/** Breaks cliUsesNoUi, cliUses and layers: the command line borrows from the window. */
public final class CliUsesUi {
  private CliUsesUi() {}

  static String percent() {
    return Formats.percent(BigDecimal.ONE);
  }
}
