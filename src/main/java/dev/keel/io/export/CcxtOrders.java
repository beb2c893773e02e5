package dev.keel.io.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Trade;
import dev.keel.io.TextOutput;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CCXT order list: the proposal id, the exchange and account the list is for, and one entry per
 * order whose fields are the arguments of CCXT's {@code create_order(symbol, type, side, amount,
 * price, params)}. The amount is Keel's quantity: units of a spot asset, contracts of a derivative
 * (CCXT's amount on a contract market). An order that only reduces a derivative position held
 * before the trades (a sell of part or all of a long, a buy back of part or all of a short) carries
 * {@code reduceOnly}, so that the exchange never turns it into a new position. A stock cannot be a
 * CCXT order.
 */
final class CcxtOrders implements FormatWriter {
  static final CcxtOrders INSTANCE = new CcxtOrders();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CcxtOrders() {}

  @Override
  public Optional<String> refusal(Trade trade, Instrument instrument, ExportContext context) {
    if (instrument.type() == AssetType.STOCK) {
      return Optional.of(
          "a stock cannot be a CCXT order, crypto exchanges do not trade it: give the account its"
              + " real venue, reject the trade, or export in the generic format");
    }
    return Optional.empty();
  }

  @Override
  public String render(
      OrderFile file, List<Trade> trades, OrderTerms terms, ExportContext context) {
    ObjectNode root = NODES.objectNode();
    root.put("proposalId", context.proposal().id());
    if (file.venue() != null && file.venue().isCryptoExchange()) {
      root.put("exchange", file.venue().id());
    } else {
      root.putNull("exchange");
    }
    if (file.accounts().size() == 1) {
      root.put("account", file.accounts().get(0));
    } else {
      root.putNull("account");
    }
    ArrayNode orders = root.putArray("orders");
    Map<String, BigDecimal> positions = new HashMap<>();
    for (Trade trade : trades) {
      Instrument instrument = context.instrument(trade.symbol());
      ObjectNode order = orders.addObject();
      order.put("symbol", CcxtSymbols.of(instrument));
      order.put("type", terms.type() == OrderTerms.OrderType.LIMIT ? "limit" : "market");
      order.put("side", trade.side().label());
      order.put("amount", trade.quantity());
      BigDecimal limit = terms.limitPrice(trade, instrument);
      if (limit == null) {
        order.putNull("price");
      } else {
        order.put("price", limit);
      }
      ObjectNode params = order.putObject("params");
      params.put("clientOrderId", OrderExport.clientOrderId(context.proposal(), trade));
      if (reducesOnly(trade, instrument, positions, context)) {
        params.put("reduceOnly", true);
      }
    }
    return TextOutput.json(root);
  }

  /**
   * Whether the trade only reduces a derivative position: held before it (counting the file's
   * earlier trades in the same account and instrument) on the other side, and no larger.
   */
  private static boolean reducesOnly(
      Trade trade,
      Instrument instrument,
      Map<String, BigDecimal> positions,
      ExportContext context) {
    if (!instrument.type().isDerivative()) {
      return false;
    }
    BigDecimal before =
        positions.computeIfAbsent(
            trade.account() + '\u0000' + trade.symbol(),
            key -> context.held(trade.account(), trade.symbol()));
    BigDecimal change = trade.side().sign() > 0 ? trade.quantity() : trade.quantity().negate();
    positions.put(trade.account() + '\u0000' + trade.symbol(), before.add(change));
    boolean opposite = before.signum() != 0 && before.signum() != change.signum();
    return opposite && trade.quantity().compareTo(before.abs()) <= 0;
  }
}
