package dev.keel.archprobe.ui;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks uiUses: the window parses JSON itself. */
public final class UiUsesJackson {
  private UiUsesJackson() {}

  static ObjectMapper json() {
    return new ObjectMapper();
  }
}
