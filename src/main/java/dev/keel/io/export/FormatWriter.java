package dev.keel.io.export;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Trade;
import dev.keel.model.Instrument;
import java.util.List;
import java.util.Optional;

/** One order format: which orders it can carry, and the text of a file of them. */
interface FormatWriter {
  /**
   * Why this format cannot carry the trade, said so that the user knows what to do; empty when it
   * can.
   */
  Optional<String> refusal(Trade trade, Instrument instrument, ExportContext context);

  /**
   * The file's text: its header, then one order per trade. {@code trades} are the file's trades, or
   * only its first ones for a preview; the header is the whole file's either way.
   */
  String render(OrderFile file, List<Trade> trades, OrderTerms terms, ExportContext context);

  /** The writer of a format. */
  static FormatWriter of(OrderFormat format) {
    return switch (format) {
      case GENERIC -> GenericCsv.INSTANCE;
      case IBKR -> IbkrBasket.INSTANCE;
      case CCXT -> CcxtOrders.INSTANCE;
    };
  }
}
