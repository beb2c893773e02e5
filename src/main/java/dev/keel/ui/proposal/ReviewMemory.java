package dev.keel.ui.proposal;

import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Review;
import dev.keel.model.Portfolio;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * The review work of the last few states of one book, so that an undo back to the state a proposal
 * came from gives that proposal's review again, with every decision as it was left. A state is the
 * portfolio as the document holds it (the same object after an undo) and the settings; another book
 * forgets them all.
 */
final class ReviewMemory {
  /** How many states are remembered: enough for a few undos, few enough for 40,000-trade books. */
  static final int STATES = 8;

  private record Entry(Portfolio portfolio, RebalanceSettings settings, Review review) {}

  private final Deque<Entry> entries = new ArrayDeque<>();
  private Object book;

  /** Whether the reviews remembered are of this book. */
  boolean isOf(Object book) {
    return Objects.equals(this.book, book);
  }

  /** Remembers the review of a state of a book (the latest decisions on it). */
  void remember(Object book, Portfolio portfolio, RebalanceSettings settings, Review review) {
    if (!isOf(book)) {
      entries.clear();
      this.book = book;
    }
    find(portfolio, settings).ifPresent(entries::remove);
    entries.addFirst(new Entry(portfolio, settings, review));
    while (entries.size() > STATES) {
      entries.removeLast();
    }
  }

  /** The review last shown for this state of the book, if it is remembered. */
  Optional<Review> recall(Object book, Portfolio portfolio, RebalanceSettings settings) {
    return isOf(book) ? find(portfolio, settings).map(Entry::review) : Optional.empty();
  }

  /** Forgets every review: no book is open. */
  void clear() {
    entries.clear();
    book = null;
  }

  private Optional<Entry> find(Portfolio portfolio, RebalanceSettings settings) {
    for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
      Entry entry = it.next();
      // the same state is the same object: an undo gives back the portfolio it replaced
      if (entry.portfolio() == portfolio && entry.settings().equals(settings)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }
}
