package dev.keel.archprobe.analytics.pricing;

import dev.keel.archprobe.model.Book;
import dev.keel.archprobe.model.market.Snapshot;
import java.time.Duration;
import org.apache.commons.math3.distribution.NormalDistribution;

/** Legal: a pure double-precision calculation on a book and a snapshot, with commons-math. */
public final class Pricer {
  private static final NormalDistribution NORMAL = new NormalDistribution();

  private Pricer() {}

  public static double price(Book book, Snapshot market, Duration toExpiry) {
    double years = toExpiry.toDays() / 365.0;
    return book.quantities().size() * NORMAL.cumulativeProbability(years) + market.prices().size();
  }
}
