package dev.keel.ui.common;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs work on one daemon thread per {@link Lane} and reports back on the JavaFX thread. A lane
 * runs its tasks one at a time, in the order asked; lanes run side by side, so opening a file does
 * not wait for the proposal of a large book. A cancelled task is skipped if it has not started, and
 * interrupted if it has; its result, if it still comes, is dropped.
 */
public final class BackgroundTaskRunner implements TaskRunner, AutoCloseable {
  private final Map<Lane, ExecutorService> workers = new EnumMap<>(Lane.class);
  private final Executor callbacks;

  /** Reports back on the JavaFX thread. */
  public BackgroundTaskRunner() {
    this(Platform::runLater);
  }

  /** Reports back through {@code callbacks} (a test can run them where it likes). */
  BackgroundTaskRunner(Executor callbacks) {
    this.callbacks = callbacks;
    for (Lane lane : Lane.values()) {
      String name = "keel-" + lane.name().toLowerCase(Locale.ROOT);
      workers.put(
          lane,
          Executors.newSingleThreadExecutor(
              work -> {
                Thread thread = new Thread(work, name);
                thread.setDaemon(true);
                return thread;
              }));
    }
  }

  @Override
  public <T> TaskHandle submit(
      Lane lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    LaneTask<T> task = new LaneTask<>(work, onSuccess, onFailure, callbacks);
    workers.get(lane).execute(task.future);
    return task;
  }

  /** Stops the workers: what is queued is dropped, what runs is interrupted. */
  @Override
  public void close() {
    workers.values().forEach(ExecutorService::shutdownNow);
  }

  /** One task: its work runs on a lane's worker, its callbacks where the runner reports. */
  private static final class LaneTask<T> implements TaskHandle {
    private final Callable<T> work;
    private final Consumer<? super T> onSuccess;
    private final Consumer<Throwable> onFailure;
    private final Executor callbacks;
    private final FutureTask<Void> future = new FutureTask<>(this::run, null);
    private volatile boolean cancelled;

    LaneTask(
        Callable<T> work,
        Consumer<? super T> onSuccess,
        Consumer<Throwable> onFailure,
        Executor callbacks) {
      this.work = work;
      this.onSuccess = onSuccess;
      this.onFailure = onFailure;
      this.callbacks = callbacks;
    }

    private void run() {
      T result;
      try {
        result = work.call();
      } catch (Exception | Error e) {
        report(() -> onFailure.accept(e));
        return;
      }
      report(() -> onSuccess.accept(result));
    }

    /** Hands a callback over, unless the task is cancelled now or by the time it would run. */
    private void report(Runnable callback) {
      if (!cancelled) {
        callbacks.execute(
            () -> {
              if (!cancelled) {
                callback.run();
              }
            });
      }
    }

    @Override
    public void cancel() {
      cancelled = true;
      future.cancel(true);
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }
  }
}
