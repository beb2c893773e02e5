package dev.keel.ui.proposal;

import java.util.List;
import java.util.Objects;

/**
 * What the trades table says beside one trade: the venue of its account, and every sentence that
 * concerns the trade, so that it is read before the trade is approved: the proposal's warnings
 * about its line in its account (a crossing, about both of its sides) and what the export by venue
 * would say about its order.
 *
 * @param venue the id of its account's venue, such as {@code ibkr}; empty when the portfolio has no
 *     account of that id
 * @param venueText the venue's name and the format its orders are exported in
 * @param sentences the warnings and export notes about the trade, each in full; empty when none
 */
public record TradeNotes(String venue, String venueText, List<String> sentences) {
  /** The notes of a trade nothing is known about. */
  public static final TradeNotes NONE = new TradeNotes("", "", List.of());

  public TradeNotes {
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(venueText, "venueText");
    sentences = List.copyOf(sentences);
  }

  /** Whether anything is said about the trade beyond its venue. */
  public boolean any() {
    return !sentences.isEmpty();
  }

  /** Every sentence, one a line: the tooltip and the accessible text of the trade's mark. */
  public String text() {
    return String.join("\n", sentences);
  }
}
