package dev.keel.archprobe.analytics.margin;

import dev.keel.archprobe.analytics.pricing.Pricer;
import dev.keel.archprobe.model.Book;
import dev.keel.archprobe.model.market.Snapshot;
import java.time.Duration;

/** Legal: one analytics package using another, one way only. */
public final class Margin {
  private Margin() {}

  public static double initial(Book book, Snapshot market) {
    return 0.1 * Pricer.price(book, market, Duration.ofDays(30));
  }
}
