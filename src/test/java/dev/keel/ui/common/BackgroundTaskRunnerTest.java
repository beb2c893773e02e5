package dev.keel.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The window's runner on real threads, without the JavaFX toolkit: its callbacks run where the test
 * says. Nothing sleeps: each step waits for a latch or a queue, with a limit so a bug fails the
 * test instead of hanging it.
 */
@Timeout(30)
class BackgroundTaskRunnerTest {
  /** Long enough for any worker to start; only reached when something is wrong. */
  private static final long LIMIT_SECONDS = 10;

  private final BlockingQueue<String> delivered = new LinkedBlockingQueue<>();
  private final BlockingQueue<Throwable> failed = new LinkedBlockingQueue<>();

  /** Callbacks run on the worker that finished the work, so their order follows the lane. */
  private final BackgroundTaskRunner runner = new BackgroundTaskRunner(Runnable::run);

  @AfterEach
  void stop() {
    runner.close();
  }

  private static void await(CountDownLatch latch) throws InterruptedException {
    assertThat(latch.await(LIMIT_SECONDS, TimeUnit.SECONDS)).as("waited for the worker").isTrue();
  }

  private String next() throws InterruptedException {
    return delivered.poll(LIMIT_SECONDS, TimeUnit.SECONDS);
  }

  /** Submits {@code work} to {@code lane}, delivering into the test's queues. */
  private TaskHandle submit(Lane lane, Callable<String> work) {
    return runner.submit(lane, work, delivered::add, failed::add);
  }

  @Test
  void submit_aFileTaskFinishes_whileTheComputeLaneIsBusy() throws Exception {
    CountDownLatch computing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    submit(
        Lane.COMPUTE,
        () -> {
          computing.countDown();
          await(release);
          return "proposal on " + Thread.currentThread().getName();
        });
    await(computing);

    submit(Lane.FILES, () -> "file on " + Thread.currentThread().getName());

    assertThat(next()).isEqualTo("file on keel-files"); // the computation still waits
    release.countDown();
    assertThat(next()).isEqualTo("proposal on keel-compute");
  }

  @Test
  void submit_tasksOfOneLaneRunOneAtATimeInOrder() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    submit(
        Lane.FILES,
        () -> {
          await(release);
          return "first";
        });
    submit(Lane.FILES, () -> "second");

    release.countDown();

    assertThat(next()).isEqualTo("first");
    assertThat(next()).isEqualTo("second");
  }

  @Test
  void cancel_aRunningTaskIsInterrupted_andItsResultNeverDelivered() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    TaskHandle running =
        submit(
            Lane.COMPUTE,
            () -> {
              started.countDown();
              try {
                new CountDownLatch(1).await(); // a long computation, until interrupted
              } catch (InterruptedException e) {
                interrupted.set(true);
              }
              return "overtaken"; // it stops, and still returns something
            });
    await(started);

    running.cancel();
    submit(Lane.COMPUTE, () -> "latest"); // runs once the cancelled task has ended

    assertThat(next()).isEqualTo("latest");
    assertThat(interrupted).isTrue();
    assertThat(running.isCancelled()).isTrue();
    assertThat(delivered).isEmpty();
    assertThat(failed).isEmpty();
  }

  @Test
  void cancel_aWaitingTaskNeverRuns() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean ran = new AtomicBoolean();
    submit(
        Lane.COMPUTE,
        () -> {
          await(release);
          return "busy";
        });
    TaskHandle waiting =
        submit(
            Lane.COMPUTE,
            () -> {
              ran.set(true);
              return "waiting";
            });

    waiting.cancel();
    release.countDown();
    submit(Lane.COMPUTE, () -> "after");

    assertThat(next()).isEqualTo("busy");
    assertThat(next()).isEqualTo("after");
    assertThat(ran).isFalse();
  }

  @Test
  void close_letsTheFilesLaneFinishInOrder_andStopsTheComputationsFirst() throws Exception {
    CountDownLatch saving = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch computing = new CountDownLatch(1);
    CountDownLatch computationStopped = new CountDownLatch(1);
    AtomicBoolean queuedComputationRan = new AtomicBoolean();
    submit(
        Lane.FILES,
        () -> {
          saving.countDown();
          await(release); // a save in flight
          return "saved";
        });
    submit(Lane.FILES, () -> "saved again");
    submit(
        Lane.COMPUTE,
        () -> {
          computing.countDown();
          try {
            new CountDownLatch(1).await(); // a long computation, until interrupted
          } catch (InterruptedException e) {
            computationStopped.countDown();
            throw e;
          }
          return "proposal";
        });
    submit(
        Lane.COMPUTE,
        () -> {
          queuedComputationRan.set(true);
          return "queued proposal";
        });
    await(saving);
    await(computing);

    Thread closing = new Thread(runner::close, "closing");
    closing.start();
    await(computationStopped); // closing has begun
    release.countDown();
    closing.join(TimeUnit.SECONDS.toMillis(LIMIT_SECONDS));

    assertThat(closing.isAlive()).as("close returned once the files lane was done").isFalse();
    assertThat(delivered).containsExactly("saved", "saved again");
    assertThat(queuedComputationRan).isFalse();
    assertThat(failed.poll(LIMIT_SECONDS, TimeUnit.SECONDS))
        .as("the running computation was interrupted")
        .isInstanceOf(InterruptedException.class);
  }

  @Test
  void close_givesUpOnAFileTaskThatOutlastsTheLimit_andInterruptsIt() throws Exception {
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    BackgroundTaskRunner hanging = new BackgroundTaskRunner(Runnable::run, Duration.ofMillis(50));
    hanging.submit(
        Lane.FILES,
        () -> {
          writing.countDown();
          try {
            new CountDownLatch(1).await(); // a disk that never answers
          } catch (InterruptedException e) {
            interrupted.countDown();
          }
          return "never written";
        },
        delivered::add,
        failed::add);
    await(writing);

    hanging.close(); // returns: the test's time limit would fail it otherwise

    await(interrupted);
  }

  @Test
  void cancel_afterTheWorkEndedButBeforeItsCallbackRan_dropsTheCallback() throws Exception {
    BlockingQueue<Runnable> callbacks = new LinkedBlockingQueue<>();
    try (BackgroundTaskRunner handedOver = new BackgroundTaskRunner(callbacks::add)) {
      TaskHandle done = handedOver.submit(Lane.FILES, () -> "read", delivered::add, failed::add);
      Runnable callback = callbacks.poll(LIMIT_SECONDS, TimeUnit.SECONDS);
      assertThat(callback).isNotNull(); // the result waits for the JavaFX thread

      done.cancel(); // on that thread, before it gets to the result
      callback.run();

      assertThat(delivered).isEmpty();
    }
  }

  @Test
  void submit_whatTheWorkThrowsGoesToOnFailure_onTheCallbackThread() throws Exception {
    BlockingQueue<Runnable> callbacks = new LinkedBlockingQueue<>();
    try (BackgroundTaskRunner handedOver = new BackgroundTaskRunner(callbacks::add)) {
      handedOver.submit(
          Lane.FILES,
          () -> {
            throw new IllegalStateException("disk on fire");
          },
          delivered::add,
          failed::add);
      Runnable callback = callbacks.poll(LIMIT_SECONDS, TimeUnit.SECONDS);
      assertThat(failed).isEmpty(); // nothing reaches the view-model off its thread

      callback.run();

      assertThat(failed).hasSize(1);
      assertThat(failed.peek())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("disk on fire");
      assertThat(delivered).isEmpty();
    }
  }

  @Test
  void submit_aComputationWaitsUntilTheCallbacksBeforeItHaveRun() throws Exception {
    BlockingQueue<Runnable> callbacks = new LinkedBlockingQueue<>();
    AtomicBoolean secondStarted = new AtomicBoolean();
    try (BackgroundTaskRunner handedOver = new BackgroundTaskRunner(callbacks::add)) {
      submitTo(handedOver, () -> "drift"); // its own wait is released below, then its result
      poll(callbacks).run(); // the first computation's wait for the (empty) window
      Runnable driftShown = poll(callbacks);
      submitTo(
          handedOver,
          () -> {
            secondStarted.set(true);
            return "proposal";
          });
      Runnable secondWaits = poll(callbacks); // handed over behind the drift's result

      assertThat(secondStarted).isFalse(); // the drift's result has not been shown yet
      driftShown.run();
      secondWaits.run();
      poll(callbacks).run();

      assertThat(delivered).containsExactly("drift", "proposal");
      assertThat(secondStarted).isTrue();
    }
  }

  @Test
  void submit_aFileTaskDoesNotWaitForTheCallbacks() throws Exception {
    BlockingQueue<Runnable> callbacks = new LinkedBlockingQueue<>();
    try (BackgroundTaskRunner handedOver = new BackgroundTaskRunner(callbacks::add)) {
      handedOver.submit(Lane.FILES, () -> "read", delivered::add, failed::add);
      Runnable readShown = poll(callbacks);
      handedOver.submit(Lane.FILES, () -> "saved", delivered::add, failed::add);
      Runnable savedShown = poll(callbacks); // the save ran while the read's result still waits

      readShown.run();
      savedShown.run();

      assertThat(delivered).containsExactly("read", "saved");
    }
  }

  private void submitTo(BackgroundTaskRunner handedOver, Callable<String> work) {
    handedOver.submit(Lane.COMPUTE, work, delivered::add, failed::add);
  }

  private static Runnable poll(BlockingQueue<Runnable> callbacks) throws InterruptedException {
    Runnable callback = callbacks.poll(LIMIT_SECONDS, TimeUnit.SECONDS);
    assertThat(callback).as("a callback handed over").isNotNull();
    return callback;
  }
}
