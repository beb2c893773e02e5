package dev.keel.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs work on one daemon thread, in the order asked, and reports back on the JavaFX thread. One
 * thread is enough: the work is a file read, a save or a proposal, and the view-models drop results
 * that a newer request has made stale.
 */
public final class BackgroundTaskRunner implements TaskRunner {
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread thread = new Thread(work, "keel-worker");
            thread.setDaemon(true);
            return thread;
          });

  @Override
  public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    executor.execute(
        () -> {
          try {
            T result = work.call();
            Platform.runLater(() -> onSuccess.accept(result));
          } catch (Exception | Error e) {
            Platform.runLater(() -> onFailure.accept(e));
          }
        });
  }
}
