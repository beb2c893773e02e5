package dev.keel.archprobe.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.archprobe.engine.Drift;
import dev.keel.archprobe.model.Book;
import dev.keel.archprobe.model.market.Snapshot;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Legal: io reads files with the JDK and Jackson, logs through SLF4J, uses engine and model. */
public final class BookFiles {
  private static final Logger LOG = LoggerFactory.getLogger(BookFiles.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private BookFiles() {}

  public static boolean isFile(Path path) {
    return Files.isRegularFile(path);
  }

  public static String read(Path path) throws IOException {
    LOG.info("reading {}", path);
    return JSON.readTree(Files.readString(path)).toString();
  }

  public static BigDecimal drift(Book book, Snapshot market) {
    return Drift.of(book, market);
  }

  /** A time stamp from a number in a file: a value, not a reading of the clock. */
  public static Date stamp(long epochMillis) {
    return new Date(epochMillis);
  }
}
