package dev.keel.archprobe.engine;

import dev.keel.archprobe.analytics.pricing.Pricer;
import dev.keel.archprobe.model.Book;
import dev.keel.archprobe.model.market.Snapshot;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Legal: the engine uses the model and analytics, and the JDK's values. */
public final class Drift {
  private Drift() {}

  public static BigDecimal of(Book book, Snapshot market) {
    byte[] id = book.name().getBytes(StandardCharsets.UTF_8);
    return BigDecimal.valueOf(Pricer.price(book, market, Duration.ZERO) + id.length);
  }
}
