package dev.keel.engine;

/** What a line of the drift report describes. */
public enum RowKind {
  ASSET_CLASS,
  INSTRUMENT,
  CASH
}
