package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the command line says when a command fails in a way no input check foresaw. */
class FailureWordsTest {
  @Test
  void runningOutOfMemory_saysHowToGiveMore_notAStackTrace() {
    assertThat(KeelCli.failure(new OutOfMemoryError("Java heap space")))
        .startsWith("keel: Java ran out of memory (it may use ")
        .endsWith(
            " MB): give it more, as in java -Xmx1g -jar ..., or split the book into several files")
        .doesNotContain("OutOfMemoryError");
  }

  @Test
  void runningOutOfMemoryInAWorker_isSaidTheSame() {
    // the parallel rebalance hands a worker's failure back wrapped
    Throwable wrapped =
        new IllegalStateException("rebalance failed", new OutOfMemoryError("Java heap space"));

    assertThat(KeelCli.failure(wrapped)).startsWith("keel: Java ran out of memory");
  }

  @Test
  void anyOtherFailure_isABugToReport() {
    assertThat(KeelCli.failure(new IllegalStateException("boom")))
        .isEqualTo(
            "keel: internal error: java.lang.IllegalStateException: boom (details in the log file;"
                + " please report it)");
  }
}
