package dev.keel.ui.common;

/**
 * A task submitted to a {@link TaskRunner}, to cancel it. Call it on the thread the task's
 * callbacks run on (the JavaFX thread in the window).
 */
public interface TaskHandle {
  /**
   * Cancels the task: if it has not started it never runs, if it is running its thread is
   * interrupted (a long computation may check {@link Thread#isInterrupted()} and stop), and in
   * either case neither of its callbacks is called. Does nothing once a callback has run.
   */
  void cancel();

  /** Whether {@link #cancel()} was called. */
  boolean isCancelled();
}
