package dev.keel.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A task runner for tests that holds the work until the test says to run it, lane by lane or all
 * together, so a test can look at the state while work is under way and finish requests in any
 * order. Like a worker's queue, it keeps a cancelled task until it is taken: running it then does
 * nothing and delivers nothing.
 */
public final class ManualTaskRunner implements TaskRunner {
  /** Every waiting task, in the order submitted. */
  private final List<Queued<?>> queue = new ArrayList<>();

  private int cancelled;

  @Override
  public <T> TaskHandle submit(
      Lane lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    Queued<T> task = new Queued<>(lane, work, onSuccess, onFailure);
    queue.add(task);
    return task;
  }

  /** How many tasks wait, cancelled ones included. */
  public int pending() {
    return queue.size();
  }

  /** How many tasks wait in {@code lane}, cancelled ones included. */
  public int pending(Lane lane) {
    return (int) queue.stream().filter(task -> task.lane == lane).count();
  }

  /** How many tasks were cancelled, waiting or already taken. */
  public int cancelled() {
    return cancelled;
  }

  /** Runs the oldest waiting task of any lane. */
  public void runNext() {
    take(0).run();
  }

  /** Runs the newest waiting task of any lane first (it overtakes the older ones). */
  public void runLast() {
    take(queue.size() - 1).run();
  }

  /** Runs the oldest waiting task of {@code lane}, leaving the other lanes waiting. */
  public void runNext(Lane lane) {
    take(indexIn(lane, true)).run();
  }

  /** Runs the newest waiting task of {@code lane}. */
  public void runLast(Lane lane) {
    take(indexIn(lane, false)).run();
  }

  /** Runs every waiting task, oldest first, including the ones they add. */
  public void runAll() {
    while (!queue.isEmpty()) {
      runNext();
    }
  }

  /** Runs every waiting task of {@code lane}, oldest first, including the ones they add there. */
  public void runAll(Lane lane) {
    while (pending(lane) > 0) {
      runNext(lane);
    }
  }

  private int indexIn(Lane lane, boolean oldest) {
    for (int i = 0; i < queue.size(); i++) {
      int index = oldest ? i : queue.size() - 1 - i;
      if (queue.get(index).lane == lane) {
        return index;
      }
    }
    throw new IllegalStateException("no task waits in " + lane);
  }

  private Queued<?> take(int index) {
    if (queue.isEmpty()) {
      throw new IllegalStateException("no task waits");
    }
    return queue.remove(index);
  }

  private final class Queued<T> implements TaskHandle {
    private final Lane lane;
    private final Callable<T> work;
    private final Consumer<? super T> onSuccess;
    private final Consumer<Throwable> onFailure;
    private boolean isCancelled;

    Queued(
        Lane lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
      this.lane = lane;
      this.work = work;
      this.onSuccess = onSuccess;
      this.onFailure = onFailure;
    }

    void run() {
      if (isCancelled) {
        return;
      }
      T result;
      try {
        result = work.call();
      } catch (Exception | Error e) {
        if (!isCancelled) {
          onFailure.accept(e);
        }
        return;
      }
      if (!isCancelled) { // the work itself may have led to the cancel
        onSuccess.accept(result);
      }
    }

    @Override
    public void cancel() {
      if (!isCancelled) {
        isCancelled = true;
        cancelled++;
      }
    }

    @Override
    public boolean isCancelled() {
      return isCancelled;
    }
  }
}
