package dev.keel.archprobe.model;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks modelUses: the model knows the JSON library. */
public final class ModelUsesJackson {
  private ModelUsesJackson() {}

  static ObjectMapper json() {
    return new ObjectMapper();
  }
}
