package dev.keel.archprobe.model;

import org.slf4j.LoggerFactory;

/** Breaks modelUses: the model logs. */
public final class ModelLogs {
  private ModelLogs() {}

  static void log() {
    LoggerFactory.getLogger(ModelLogs.class).info("x");
  }
}
