package dev.keel.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the JavaFX thread and hands its result back on it, so the window never
 * freezes. View-models take one; the window gives them {@link BackgroundTaskRunner}, tests a runner
 * that works at once on the calling thread.
 */
public interface TaskRunner {
  /**
   * Runs {@code work}, then calls {@code onSuccess} with its result or {@code onFailure} with what
   * it threw, on the thread the view-model lives on.
   */
  <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

  /**
   * A runner that does the work at once on the calling thread (tests, and work known to be tiny).
   */
  static TaskRunner immediate() {
    return new TaskRunner() {
      @Override
      public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
          result = work.call();
        } catch (Exception | Error e) {
          onFailure.accept(e);
          return;
        }
        onSuccess.accept(result);
      }
    };
  }
}
