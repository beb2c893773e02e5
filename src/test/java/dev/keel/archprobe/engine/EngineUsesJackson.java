package dev.keel.archprobe.engine;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Breaks engineUses: the engine builds JSON. */
public final class EngineUsesJackson {
  private EngineUsesJackson() {}

  static Object empty() {
    return JsonNodeFactory.instance.objectNode();
  }
}
