package dev.keel.ui.workspace;

/** One of the workspace's two areas of tabs, one above the other. */
public enum Area {
  UPPER,
  LOWER;

  /** The area a view moves to from this one. */
  public Area other() {
    return this == UPPER ? LOWER : UPPER;
  }
}
