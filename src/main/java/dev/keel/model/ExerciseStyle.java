package dev.keel.model;

/** When an option may be exercised: only at expiry (European) or on any day until it (American). */
public enum ExerciseStyle {
  EUROPEAN,
  AMERICAN;

  /** The spelling used in files, {@code european} or {@code american}. */
  public String label() {
    return Labels.of(this);
  }

  /** The style with the given {@link #label()}, or {@code null} when there is none. */
  public static ExerciseStyle fromLabel(String label) {
    return Labels.find(ExerciseStyle.class, label);
  }
}
