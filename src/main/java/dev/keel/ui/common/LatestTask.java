package dev.keel.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The latest of a view-model's requests of one kind (open a file, analyse the drift, work out a
 * proposal): submitting a request cancels the one before, so only the latest result ever reaches
 * the view-model, and {@link #runningProperty()} says whether it is still to come, which is what a
 * view-model derives its "stale" state from. Used on the view-model's thread only.
 */
public final class LatestTask {
  private final TaskRunner runner;
  private final Lane lane;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();

  /** The request whose result is wanted, {@code null} when none is under way. */
  private Request latest;

  public LatestTask(TaskRunner runner, Lane lane) {
    this.runner = runner;
    this.lane = lane;
  }

  /** One request, known by its identity; its handle, once the runner has given one. */
  private static final class Request {
    private TaskHandle handle;
  }

  /**
   * Cancels the request under way, if any, and submits {@code work}; {@code onResult} or {@code
   * onFailure} is called only if no later request or {@link #cancel()} has come meanwhile.
   */
  public <T> void submit(
      Callable<T> work, Consumer<? super T> onResult, Consumer<Throwable> onFailure) {
    dropLatest(); // running stays true across the change: no flicker of the stale state
    Request request = new Request();
    latest = request;
    running.set(true);
    TaskHandle handle =
        runner.submit(
            lane,
            work,
            result -> deliver(request, () -> onResult.accept(result)),
            error -> deliver(request, () -> onFailure.accept(error)));
    request.handle = handle; // a runner that works at once has already delivered: harmless
  }

  /**
   * Hands a result over if its request is still the latest; whatever a runner may deliver late is
   * dropped here too. Running ends after the callback, so whoever waits for the end sees the
   * result; it ends even if the callback throws, so a view is never left marked stale for good.
   */
  private void deliver(Request request, Runnable callback) {
    if (request != latest) {
      return;
    }
    latest = null; // handed over: nothing left to cancel
    try {
      callback.run();
    } finally {
      if (latest == null) { // the callback did not submit a new request
        running.set(false);
      }
    }
  }

  /** Cancels the request under way, if any: its result will not come. */
  public void cancel() {
    dropLatest();
    running.set(false);
  }

  private void dropLatest() {
    Request previous = latest;
    latest = null;
    if (previous != null && previous.handle != null) {
      previous.handle.cancel();
    }
  }

  /** True from a request until its result has been handed over, or it was cancelled. */
  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public boolean isRunning() {
    return running.get();
  }
}
