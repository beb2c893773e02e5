package dev.keel.archprobe.model;

import java.util.prefs.Preferences;

/** Breaks modelUses: the model reads stored preferences, a part of java.util that is not pure. */
public final class ModelReadsPreferences {
  private ModelReadsPreferences() {}

  static String theme() {
    return Preferences.userRoot().get("theme", "light");
  }
}
