package dev.keel;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;

/**
 * Keel's logging, set up in code: warnings and errors to the console, one line each and never a
 * stack trace; everything from INFO up, stack traces included, to {@code logs/keel.log} in Keel's
 * data folder ({@code -Dkeel.home}, else {@code $KEEL_HOME}, else {@code ~/.keel}), rolled at 10 MB
 * into {@code keel.1.log} (the newest) to {@code keel.9.log}, so 100 MB at most. What JavaFX logs
 * through {@code java.util.logging} reaches these levels through the window's SLF4J bridge; the
 * levels are not pushed back into {@code java.util.logging}, which would start it in every command
 * for a few records of the window.
 *
 * <p>Logback finds this class through {@code META-INF/services} before it would look for a {@code
 * logback.xml}. Code rather than XML, and a roll by size rather than by day, because reading the
 * XML, setting up a daily roll (its calendar loads the JDK's locale data) and starting {@code
 * java.util.logging} took about 100 ms of the start of every command (docs/performance.md). This
 * class is the only one that calls Logback; the architecture test allows it alone.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogbackSetup extends ContextAwareBase implements Configurator {
  private static final String CONSOLE_PATTERN = "keel: %level: %msg%n%nopex";

  /**
   * Old logs kept beside {@code keel.log}: {@code keel.1.log} (the newest) to {@code keel.9.log}.
   */
  private static final int KEPT_FILES = 9;

  private static final String FILE_PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36}: %msg%n";

  /** Logback makes it. */
  public LogbackSetup() {}

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    // Logback's own status messages (a data folder that cannot be made) stay off the console: the
    // console is for the user, and a missing log file must not stop a command
    context.getStatusManager().add(new NopStatusListener());
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(console(context));
    root.addAppender(file(context, dataFolder() + "/logs/"));
    // JavaFX warns that it runs from the class path, which is how Keel ships
    context.getLogger("javafx").setLevel(Level.ERROR);
    context.getLogger("javafx.css").setLevel(Level.WARN);
    context.getLogger("javafx.scene").setLevel(Level.WARN);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** Keel's data folder: {@code -Dkeel.home}, else {@code $KEEL_HOME}, else {@code ~/.keel}. */
  static String dataFolder() {
    String home = System.getProperty("keel.home");
    if (home == null || home.isBlank()) {
      home = System.getenv("KEEL_HOME");
    }
    return home == null || home.isBlank() ? System.getProperty("user.home") + "/.keel" : home;
  }

  private static ConsoleAppender<ILoggingEvent> console(LoggerContext context) {
    ThresholdFilter warnings = new ThresholdFilter();
    warnings.setLevel(Level.WARN.levelStr);
    warnings.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("CONSOLE");
    console.setTarget("System.err");
    console.addFilter(warnings);
    console.setEncoder(encoder(context, CONSOLE_PATTERN));
    console.start();
    return console;
  }

  /**
   * The log file in the folder {@code logs} (a path ending in '/', which Logback takes anywhere).
   */
  private static RollingFileAppender<ILoggingEvent> file(LoggerContext context, String logs) {
    RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
    file.setContext(context);
    file.setName("FILE");
    file.setFile(logs + "keel.log");
    FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
    rolling.setContext(context);
    rolling.setParent(file);
    rolling.setFileNamePattern(logs + "keel.%i.log");
    rolling.setMinIndex(1);
    rolling.setMaxIndex(KEPT_FILES);
    rolling.start();
    SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
    trigger.setContext(context);
    trigger.setMaxFileSize(FileSize.valueOf("10MB"));
    trigger.start();
    file.setTriggeringPolicy(trigger);
    file.setRollingPolicy(rolling);
    file.setEncoder(encoder(context, FILE_PATTERN));
    file.start();
    return file;
  }

  private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(pattern);
    encoder.start();
    return encoder;
  }
}
