package dev.keel.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A task runner for tests that holds the work until the test says to run it, so a test can look at
 * the state while work is under way and finish requests in any order.
 */
public final class QueuedTaskRunner implements TaskRunner {
  private final Deque<Runnable> queue = new ArrayDeque<>();

  @Override
  public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    queue.add(() -> TaskRunner.immediate().run(work, onSuccess, onFailure));
  }

  /** How many tasks wait. */
  public int pending() {
    return queue.size();
  }

  /** Runs the oldest waiting task. */
  public void runNext() {
    queue.removeFirst().run();
  }

  /** Runs the newest waiting task first (it overtakes the older ones). */
  public void runLast() {
    queue.removeLast().run();
  }

  /** Runs every waiting task, oldest first, including the ones they add. */
  public void runAll() {
    while (!queue.isEmpty()) {
      runNext();
    }
  }
}
