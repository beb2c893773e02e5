package dev.keel.ui.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;

/**
 * A watcher of the JavaFX Application Thread: a daemon thread hands it a no-op through {@link
 * Platform#runLater} every millisecond and records how late each one runs, so a pause of the thread
 * (an event handler, a listener, a pulse's CSS and layout) shows as one late probe of about its
 * length. Only one probe is out at a time, so a pause counts once, whatever its length. While a
 * probe is late by more than a frame, the watcher also samples the thread's stack, so the phases'
 * long pauses can be told apart by what the thread was doing. A probe during which the JVM made a
 * collection is counted apart: a collector that stops every thread pauses the window whatever it is
 * doing.
 *
 * <p>Lateness of a runLater is measured, not pulse gaps (an AnimationTimer): it does not depend on
 * when the toolkit schedules pulses, and it sees work done between pulses (task callbacks) as well
 * as the pulses themselves.
 */
final class PauseSampler {
  /** A frame at 60 Hz: a pause longer than it drops a frame. */
  static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(16);

  /** The speed target of issue 11: no pause longer than this. */
  static final long TARGET_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
  private static final long STACK_PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  /** Frames of a sampled stack kept as its key: enough to name the caller in Keel. */
  private static final int STACK_DEPTH = 12;

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Thread fxThread;
  private final boolean sampleStacks;
  private volatile Phase current;
  private volatile boolean stopped;
  private volatile long outstandingSince;
  private volatile boolean outstanding;

  /** The figures of one phase, filled while it runs. */
  static final class Phase {
    final String name;
    final long startNanos = System.nanoTime();
    final long startCpu;
    long endNanos;
    long tookNanos;
    long endCpu;
    final List<Long> pauses = new ArrayList<>();
    final List<Long> endedAt = new ArrayList<>();

    /** The pauses during which the collector stopped every thread: the JVM's, not the window's. */
    final List<Long> withCollection = new ArrayList<>();

    final Map<String, Integer> stacks = new HashMap<>();

    /** In how many samples each method was on the stack, anywhere: an inclusive profile. */
    final Map<String, Integer> methods = new HashMap<>();

    /** How many stacks were sampled. */
    int samples;

    Phase(String name, long startCpu) {
      this.name = name;
      this.startCpu = startCpu;
    }

    synchronized long longest() {
      return pauses.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    synchronized long countOver(long nanos) {
      return pauses.stream().filter(p -> p > nanos).count();
    }

    /** The time the probes waited beyond a millisecond: the thread's blocked wall time. */
    synchronized long blocked() {
      return pauses.stream().mapToLong(p -> Math.max(0, p - PERIOD_NANOS)).sum();
    }

    long cpu() {
      return endCpu - startCpu;
    }

    synchronized List<Map.Entry<String, Integer>> topStacks(int count) {
      return stacks.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .limit(count)
          .toList();
    }

    synchronized void add(long ended, long pause, boolean collected) {
      pauses.add(pause);
      endedAt.add(ended);
      if (collected) {
        withCollection.add(pause);
      }
    }

    /** The longest pause during which the collector did not stop the threads. */
    synchronized long longestWithoutCollection() {
      List<Long> rest = new ArrayList<>(pauses);
      withCollection.forEach(rest::remove);
      return rest.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The longest pause during which it did. */
    synchronized long longestWithCollection() {
      return withCollection.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    synchronized long longestSince(long sinceNanos) {
      long longest = 0;
      for (int i = 0; i < pauses.size(); i++) {
        if (endedAt.get(i) >= sinceNanos) {
          longest = Math.max(longest, pauses.get(i));
        }
      }
      return longest;
    }

    synchronized void addStack(StackTraceElement[] stack) {
      stacks.merge(key(stack), 1, Integer::sum);
      samples++;
      Set<String> seen = new HashSet<>();
      for (StackTraceElement frame : stack) {
        String method = frame.getClassName() + '.' + frame.getMethodName();
        if (seen.add(method)) {
          methods.merge(method, 1, Integer::sum);
        }
      }
    }

    /** The methods most often on the stack, with the share of the samples they were in. */
    synchronized List<Map.Entry<String, Integer>> topMethods(int count) {
      return methods.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .limit(count)
          .toList();
    }
  }

  PauseSampler(Thread fxThread, boolean sampleStacks) {
    this.fxThread = fxThread;
    this.sampleStacks = sampleStacks;
    Thread watcher = new Thread(this::watch, "fx-pause-sampler");
    watcher.setDaemon(true);
    watcher.setPriority(Thread.MAX_PRIORITY);
    watcher.start();
  }

  /** Starts recording a new phase; the one before must have been ended. */
  void begin(String name) {
    current = new Phase(name, fxCpu());
  }

  /** Ends the phase and returns its figures. */
  Phase end() {
    Phase phase = current;
    current = null;
    phase.endNanos = System.nanoTime();
    phase.endCpu = fxCpu();
    return phase;
  }

  /**
   * The longest pause of the phase under way that ended after {@code sinceNanos}, or the probe out
   * now if it is later still.
   */
  long longestSince(long sinceNanos) {
    Phase phase = current;
    long waiting = outstanding ? System.nanoTime() - outstandingSince : 0;
    return Math.max(waiting, phase == null ? 0 : phase.longestSince(sinceNanos));
  }

  void stop() {
    stopped = true;
  }

  /** How many collections the JVM has made: one that pauses every thread counts here. */
  private static long collections() {
    long count = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, collector.getCollectionCount());
    }
    return count;
  }

  private long fxCpu() {
    return threads.getThreadCpuTime(fxThread.getId());
  }

  private void watch() {
    while (!stopped) {
      CountDownLatch ran = new CountDownLatch(1);
      long collectedBefore = collections();
      long posted = System.nanoTime();
      outstandingSince = posted;
      outstanding = true;
      long[] ranAt = new long[1];
      Platform.runLater(
          () -> {
            ranAt[0] = System.nanoTime();
            ran.countDown();
          });
      Phase phase = current;
      awaitSampling(ran, posted, phase);
      if (phase != null && phase == current) {
        phase.add(ranAt[0], ranAt[0] - posted, collections() != collectedBefore);
      }
      outstanding = false;
      LockSupport.parkNanos(PERIOD_NANOS);
    }
  }

  /** Waits for the probe; while it is later than a frame, samples the thread's stack. */
  private void awaitSampling(CountDownLatch ran, long posted, Phase phase) {
    try {
      while (!ran.await(STACK_PERIOD_NANOS, TimeUnit.NANOSECONDS)) {
        if (sampleStacks && phase != null && System.nanoTime() - posted > FRAME_NANOS) {
          phase.addStack(fxThread.getStackTrace());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
    }
  }

  /** A stack's innermost frames, with the innermost Keel frame named first. */
  private static String key(StackTraceElement[] stack) {
    StringBuilder text = new StringBuilder();
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().startsWith("dev.keel")) {
        text.append("[keel] ").append(frame).append('\n');
        break;
      }
    }
    for (int i = 0; i < Math.min(STACK_DEPTH, stack.length); i++) {
      text.append("    ").append(stack[i]).append('\n');
    }
    return text.toString();
  }
}
