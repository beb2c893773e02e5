package dev.keel;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogbackSetupTest {
  @Test
  void logback_findsTheSetupInsteadOfAnyXml() {
    // the context the tests log through was set up by LogbackSetup: its appenders have its names
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getAppender("CONSOLE")).isInstanceOf(ConsoleAppender.class);
    assertThat(root.getAppender("FILE")).isInstanceOf(RollingFileAppender.class);
  }

  @Test
  void configure_sendsWarningsToTheConsoleAndEverythingToARolledFileInTheDataFolder(
      @TempDir Path home) throws Exception {
    String before = System.getProperty("keel.home");
    System.setProperty("keel.home", home.toString());
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter()); // as SLF4J's provider does for its own context
    try {
      assertThat(new LogbackSetup().configure(context))
          .isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
      Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
      assertThat(root.getLevel()).isEqualTo(Level.INFO);
      assertThat(context.getLogger("javafx").getLevel()).isEqualTo(Level.ERROR);

      RollingFileAppender<?> file = (RollingFileAppender<?>) root.getAppender("FILE");
      assertThat(Path.of(file.getFile())).isEqualTo(home.resolve("logs").resolve("keel.log"));
      FixedWindowRollingPolicy rolling = (FixedWindowRollingPolicy) file.getRollingPolicy();
      assertThat(rolling.getFileNamePattern()).endsWith("logs/keel.%i.log");
      assertThat(rolling.getMaxIndex()).isEqualTo(9);
      assertThat(((SizeBasedTriggeringPolicy<?>) file.getTriggeringPolicy()).getMaxFileSize())
          .hasToString("10 MB");

      ConsoleAppender<?> console = (ConsoleAppender<?>) root.getAppender("CONSOLE");
      assertThat(console.getTarget()).isEqualTo("System.err");
      assertThat(console.getCopyOfAttachedFiltersList()).hasSize(1);

      context.getLogger("dev.keel.x").info("an info line");
      context.getLogger("dev.keel.x").debug("a debug line");
      context.stop();
      String log = Files.readString(home.resolve("logs").resolve("keel.log"));
      assertThat(log)
          .contains("INFO  [" + Thread.currentThread().getName() + "] dev.keel.x: an info line")
          .doesNotContain("debug");

    } finally {
      context.stop();
      if (before == null) {
        System.clearProperty("keel.home");
      } else {
        System.setProperty("keel.home", before);
      }
    }
  }
}
