package dev.keel.ui.common;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A task runner for tests that does the work at once on the calling thread and delivers before
 * {@code submit} returns; it counts what each lane was given.
 */
public final class ImmediateTaskRunner implements TaskRunner {
  private final Map<Lane, Integer> submitted = new EnumMap<>(Lane.class);

  @Override
  public <T> TaskHandle submit(
      Lane lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    submitted.merge(lane, 1, Integer::sum);
    T result;
    try {
      result = work.call();
    } catch (Exception | Error e) {
      onFailure.accept(e);
      return Done.INSTANCE;
    }
    onSuccess.accept(result);
    return Done.INSTANCE;
  }

  /** How many tasks {@code lane} was given. */
  public int submitted(Lane lane) {
    return submitted.getOrDefault(lane, 0);
  }

  /** The handle of a task that has already delivered: cancelling it changes nothing. */
  private enum Done implements TaskHandle {
    INSTANCE;

    @Override
    public void cancel() {}

    @Override
    public boolean isCancelled() {
      return false;
    }
  }
}
