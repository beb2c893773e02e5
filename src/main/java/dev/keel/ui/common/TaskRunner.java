package dev.keel.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the JavaFX thread, in named {@link Lane lanes}, and hands its result back on
 * it, so the window never freezes and a file never waits behind a computation. View-models take
 * one; the window gives them {@link BackgroundTaskRunner}, tests a runner that works at once or
 * when the test says. A view-model that only wants the result of its latest request submits through
 * {@link LatestTask}.
 */
public interface TaskRunner {
  /**
   * Runs {@code work} in {@code lane}, then calls {@code onSuccess} with its result or {@code
   * onFailure} with what it threw, on the thread the view-model lives on; neither is called once
   * the returned handle has been cancelled.
   */
  <T> TaskHandle submit(
      Lane lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
