package dev.keel.io.export;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Trade;
import dev.keel.io.CsvCells;
import dev.keel.io.TextOutput;
import dev.keel.model.Instrument;
import java.util.List;
import java.util.Optional;

/**
 * The generic CSV: one order per row with every detail (account, symbol, side, quantity, reference
 * price, notional, fees, order type, limit, time in force, client order id, reason), for any
 * broker, a spreadsheet or a script. It carries every kind of instrument.
 */
final class GenericCsv implements FormatWriter {
  static final GenericCsv INSTANCE = new GenericCsv();

  /** Columns of the generic CSV. */
  static final List<String> COLUMNS =
      List.of(
          "account",
          "symbol",
          "side",
          "quantity",
          "price",
          "notional",
          "currency",
          "est_fees",
          "order_type",
          "limit_price",
          "time_in_force",
          "client_order_id",
          "reason");

  private GenericCsv() {}

  @Override
  public Optional<String> refusal(Trade trade, Instrument instrument, ExportContext context) {
    return Optional.empty();
  }

  @Override
  public String render(
      OrderFile file, List<Trade> trades, OrderTerms terms, ExportContext context) {
    String orderType = RebalanceSettings.label(terms.type());
    List<List<String>> rows =
        trades.parallelStream() // rows of large books are built in parallel
            .map(
                trade -> {
                  Instrument instrument = context.instrument(trade.symbol());
                  return List.of(
                      CsvCells.text(trade.account()),
                      CsvCells.text(trade.symbol()),
                      trade.side().label(),
                      OrderExport.plain(trade.quantity()),
                      OrderExport.plain(trade.price()),
                      OrderExport.plain(trade.notional()),
                      trade.currency(),
                      OrderExport.plain(trade.fee()),
                      orderType,
                      OrderExport.plain(terms.limitPrice(trade, instrument)),
                      OrderExport.timeInForce(instrument),
                      CsvCells.text(OrderExport.clientOrderId(context.proposal(), trade)),
                      CsvCells.text(trade.reasonText()));
                })
            .toList();
    return TextOutput.csv(COLUMNS, rows);
  }
}
