package dev.keel.ui.common;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on one daemon thread per {@link Lane} and reports back on the JavaFX thread. A lane
 * runs its tasks one at a time, in the order asked; lanes run side by side, so opening a file does
 * not wait for the proposal of a large book. A cancelled task is skipped if it has not started, and
 * interrupted if it has; its result, if it still comes, is dropped. {@link #close()} lets the files
 * lane finish what it was given, so a save in flight when the window stops is written whole.
 *
 * <p>A computation starts only once the window has run every callback handed to it before, so that
 * the proposal of a book just opened does not take the cores while the window builds the holdings
 * table the drift before it gave (the table comes first, as the user reads it). Files never wait
 * for the window: a save must finish even when the window has stopped.
 */
public final class BackgroundTaskRunner implements TaskRunner, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskRunner.class);

  /**
   * How long {@link #close()} waits for the files lane. An atomic save of a 10,000-position book
   * takes well under a second; a disk that hangs for longer must not keep a closed window alive.
   */
  static final Duration FILES_LIMIT = Duration.ofSeconds(10);

  private final Map<Lane, ExecutorService> workers = new EnumMap<>(Lane.class);
  private final Executor callbacks;
  private final Duration filesLimit;

  /** Reports back on the JavaFX thread. */
  public BackgroundTaskRunner() {
    this(Platform::runLater, FILES_LIMIT);
  }

  /** Reports back through {@code callbacks} (a test can run them where it likes). */
  BackgroundTaskRunner(Executor callbacks) {
    this(callbacks, FILES_LIMIT);
  }

  /** Reports back through {@code callbacks}; closing waits up to {@code filesLimit} for files. */
  BackgroundTaskRunner(Executor callbacks, Duration filesLimit) {
    this.callbacks = callbacks;
    this.filesLimit = filesLimit;
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
    LaneTask<T> task = new LaneTask<>(work, onSuccess, onFailure, callbacks, lane == Lane.COMPUTE);
    workers.get(lane).execute(task.future);
    return task;
  }

  /**
   * Stops the workers, computations first: a queued computation is dropped, a running one
   * interrupted. The files lane takes no new task but runs what it was given to its end, in order,
   * and is waited for up to a limit; past it, its task is interrupted (an atomic write then leaves
   * the file as it was). Call it once the window has closed: results no longer arrive.
   */
  @Override
  public void close() {
    workers.get(Lane.COMPUTE).shutdownNow();
    ExecutorService files = workers.get(Lane.FILES);
    files.shutdown();
    try {
      if (!files.awaitTermination(filesLimit.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("the files lane did not finish within {}; its task is interrupted", filesLimit);
        files.shutdownNow();
      }
    } catch (InterruptedException e) {
      files.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** One task: its work runs on a lane's worker, its callbacks where the runner reports. */
  private static final class LaneTask<T> implements TaskHandle {
    private final Callable<T> work;
    private final Consumer<? super T> onSuccess;
    private final Consumer<Throwable> onFailure;
    private final Executor callbacks;
    private final boolean afterCallbacks;
    private final FutureTask<Void> future = new FutureTask<>(this::run, null);
    private volatile boolean cancelled;

    LaneTask(
        Callable<T> work,
        Consumer<? super T> onSuccess,
        Consumer<Throwable> onFailure,
        Executor callbacks,
        boolean afterCallbacks) {
      this.work = work;
      this.onSuccess = onSuccess;
      this.onFailure = onFailure;
      this.callbacks = callbacks;
      this.afterCallbacks = afterCallbacks;
    }

    private void run() {
      if (afterCallbacks && !callbacksCaughtUp()) {
        return; // interrupted: cancelled, or the runner is closing
      }
      T result;
      try {
        result = work.call();
      } catch (Exception | Error e) {
        report(() -> onFailure.accept(e));
        return;
      }
      report(() -> onSuccess.accept(result));
    }

    /** Waits until the callbacks handed over before this task have run (they run in order). */
    private boolean callbacksCaughtUp() {
      CountDownLatch caughtUp = new CountDownLatch(1);
      callbacks.execute(caughtUp::countDown);
      try {
        caughtUp.await();
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
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
