package dev.keel.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The latest-result helper on a runner the test drives. */
class LatestTaskTest {
  private final ManualTaskRunner runner = new ManualTaskRunner();
  private final LatestTask latest = new LatestTask(runner, Lane.COMPUTE);
  private final List<String> results = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();

  private void request(String result) {
    latest.submit(() -> result, results::add, failures::add);
  }

  @Test
  void submit_cancelsTheRequestBefore_soOnlyTheLatestResultArrives() {
    request("old");
    request("new");

    assertThat(runner.cancelled()).isEqualTo(1);
    runner.runLast(); // the newer finishes first
    runner.runNext(); // the older, cancelled, comes late

    assertThat(results).containsExactly("new");
    assertThat(latest.isRunning()).isFalse();
  }

  @Test
  void runningProperty_isTrueFromTheRequestUntilItsResultIsHandedOver() {
    List<Boolean> seenDuringCallback = new ArrayList<>();
    latest.submit(
        () -> "drift", result -> seenDuringCallback.add(latest.isRunning()), failures::add);
    request("drift again");

    assertThat(latest.isRunning()).isTrue(); // no flicker to false between the two requests
    runner.runAll();

    assertThat(latest.isRunning()).isFalse();
    assertThat(seenDuringCallback).isEmpty(); // the first one was overtaken
    latest.submit(
        () -> "drift", result -> seenDuringCallback.add(latest.isRunning()), failures::add);
    runner.runAll();
    assertThat(seenDuringCallback).containsExactly(true); // still running while the result lands
  }

  @Test
  void cancel_nothingArrives_andItIsNoLongerRunning() {
    request("unwanted");

    latest.cancel();
    runner.runAll();

    assertThat(results).isEmpty();
    assertThat(latest.isRunning()).isFalse();
  }

  @Test
  void aFailureOfTheLatestRequest_isHandedOver_andOneOfAnOlderIsNot() {
    latest.<String>submit(
        () -> {
          throw new IllegalStateException("old");
        },
        results::add,
        failures::add);
    latest.<String>submit(
        () -> {
          throw new IllegalStateException("new");
        },
        results::add,
        failures::add);

    runner.runAll();

    assertThat(failures).extracting(Throwable::getMessage).containsExactly("new");
    assertThat(latest.isRunning()).isFalse();
  }

  @Test
  void aResultDeliveredDespiteItsCancel_isStillDropped() {
    // a runner that ignores cancellation: the helper's own check must keep old results out
    List<Runnable> held = new ArrayList<>();
    TaskRunner careless =
        new TaskRunner() {
          @Override
          public <T> TaskHandle submit(
              Lane lane,
              Callable<T> work,
              Consumer<? super T> onSuccess,
              Consumer<Throwable> onFailure) {
            held.add(() -> onSuccess.accept(call(work)));
            return new TaskHandle() {
              @Override
              public void cancel() {} // and delivers all the same

              @Override
              public boolean isCancelled() {
                return false;
              }
            };
          }
        };
    LatestTask helper = new LatestTask(careless, Lane.COMPUTE);
    helper.submit(() -> "old", results::add, failures::add);
    helper.submit(() -> "new", results::add, failures::add);

    held.get(1).run();
    held.get(0).run();

    assertThat(results).containsExactly("new");
  }

  @Test
  void aCallbackThatAsksAgain_keepsItRunningUntilTheNewResult() {
    latest.submit(() -> "first", result -> request("second"), failures::add);

    runner.runNext();
    assertThat(latest.isRunning()).isTrue();
    runner.runNext();

    assertThat(results).containsExactly("second");
    assertThat(latest.isRunning()).isFalse();
  }

  @Test
  void aResultCallbackThatThrows_stillEndsRunning() {
    latest.submit(
        () -> "drift",
        result -> {
          throw new IllegalStateException("the view broke on " + result);
        },
        failures::add);

    assertThatThrownBy(runner::runNext).hasMessage("the view broke on drift");

    assertThat(latest.isRunning()).as("marked stale for good").isFalse();
    request("drift again"); // and the next request goes its ordinary way
    assertThat(latest.isRunning()).isTrue();
    runner.runNext();
    assertThat(results).containsExactly("drift again");
    assertThat(latest.isRunning()).isFalse();
  }

  @Test
  void aFailureCallbackThatThrows_stillEndsRunning() {
    latest.<String>submit(
        () -> {
          throw new IllegalStateException("no proposal");
        },
        results::add,
        error -> {
          throw new IllegalArgumentException("the view broke on " + error.getMessage());
        });

    assertThatThrownBy(runner::runNext).hasMessage("the view broke on no proposal");

    assertThat(latest.isRunning()).isFalse();
  }

  private static <T> T call(Callable<T> work) {
    try {
      return work.call();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
