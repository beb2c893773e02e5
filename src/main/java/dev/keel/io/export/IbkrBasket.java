package dev.keel.io.export;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Side;
import dev.keel.engine.rebalance.Trade;
import dev.keel.io.CsvCells;
import dev.keel.io.TextOutput;
import dev.keel.model.Instrument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An Interactive Brokers BasketTrader basket: a header row of TWS field names, then one order per
 * row. A basket that holds a future or an option adds the contract columns ({@code
 * LastTradingDayOrContractMonth}, {@code Strike}, {@code Right}, {@code Multiplier}), empty on the
 * rows of other instruments; one that covers several accounts adds {@code Account}. The proposal id
 * is the basket's {@code BasketTag}, which IB reports as the order reference.
 */
final class IbkrBasket implements FormatWriter {
  static final IbkrBasket INSTANCE = new IbkrBasket();

  /** Columns of every basket; {@link #CONTRACT_COLUMNS} and {@code Account} join when needed. */
  static final List<String> COLUMNS =
      List.of(
          "Action",
          "Quantity",
          "Symbol",
          "SecType",
          "Exchange",
          "Currency",
          "TimeInForce",
          "OrderType",
          "LmtPrice",
          "BasketTag");

  /** The contract columns of a basket with derivatives, placed after {@code SecType}. */
  static final List<String> CONTRACT_COLUMNS =
      List.of("LastTradingDayOrContractMonth", "Strike", "Right", "Multiplier");

  private IbkrBasket() {}

  @Override
  public Optional<String> refusal(Trade trade, Instrument instrument, ExportContext context) {
    return Optional.ofNullable(IbkrContract.of(instrument, context::instrumentOrNull).refusal());
  }

  @Override
  public String render(
      OrderFile file, List<Trade> trades, OrderTerms terms, ExportContext context) {
    boolean contracts =
        file.trades().stream()
            .anyMatch(trade -> context.instrument(trade.symbol()).type().isDerivative());
    boolean withAccount = file.accounts().size() > 1;
    List<String> columns = new ArrayList<>(COLUMNS);
    if (contracts) {
      columns.addAll(columns.indexOf("SecType") + 1, CONTRACT_COLUMNS);
    }
    if (withAccount) {
      columns.add("Account");
    }
    List<List<String>> rows = new ArrayList<>();
    for (Trade trade : trades) {
      Instrument instrument = context.instrument(trade.symbol());
      IbkrContract contract = IbkrContract.of(instrument, context::instrumentOrNull).contract();
      List<String> row = new ArrayList<>();
      row.add(trade.side() == Side.BUY ? "BUY" : "SELL");
      row.add(OrderExport.plain(trade.quantity()));
      row.add(CsvCells.text(contract.symbol()));
      row.add(contract.secType());
      if (contracts) {
        row.add(contract.lastTradingDay() == null ? "" : contract.lastTradingDay());
        row.add(OrderExport.plain(contract.strike()));
        row.add(contract.right() == null ? "" : contract.right());
        row.add(OrderExport.plain(contract.multiplier()));
      }
      row.add(contract.exchange());
      row.add(contract.currency());
      row.add(OrderExport.timeInForce(instrument));
      row.add(terms.type() == OrderTerms.OrderType.LIMIT ? "LMT" : "MKT");
      row.add(OrderExport.plain(terms.limitPrice(trade, instrument)));
      row.add(CsvCells.text(context.proposal().id()));
      if (withAccount) {
        row.add(CsvCells.text(trade.account()));
      }
      rows.add(row);
    }
    return TextOutput.csv(columns, rows);
  }
}
