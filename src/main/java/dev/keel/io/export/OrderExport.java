package dev.keel.io.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.engine.rebalance.Decimals;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Proposal;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.engine.rebalance.Side;
import dev.keel.engine.rebalance.Trade;
import dev.keel.io.AtomicFiles;
import dev.keel.io.CsvCells;
import dev.keel.io.TextOutput;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the approved trades of a review as orders: generic CSV, an Interactive Brokers basket or a
 * CCXT order list, with a manifest beside it. Only approved trades are written; numbers are plain
 * decimals; text cells a spreadsheet would run as formulas are neutralised; files are written
 * atomically. See {@code docs/order-export.md}.
 */
public final class OrderExport {
  /** Columns of the generic CSV. */
  public static final List<String> GENERIC_COLUMNS =
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

  /** Columns of the Interactive Brokers basket; {@code Account} is added for several accounts. */
  public static final List<String> IBKR_COLUMNS =
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

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Where the export came from, for the manifest.
   *
   * @param inputName the portfolio file's name as given
   * @param inputSha256 SHA-256 of the portfolio file's bytes, hex
   */
  public record Source(String inputName, String inputSha256) {}

  private OrderExport() {}

  /** The orders file's content: approved trades only, in proposal order. */
  public static String render(Review review, OrderFormat format, OrderTerms terms) {
    return render(review.proposal(), review.approvedTrades(), format, terms);
  }

  /**
   * The beginning of the orders file: as {@link #render}, with only the first {@code orders}
   * approved trades, for a preview that need not build the whole file of a large book.
   */
  public static String preview(Review review, OrderFormat format, OrderTerms terms, int orders) {
    List<Trade> approved = review.approvedTrades();
    return render(
        review.proposal(), approved.subList(0, Math.min(orders, approved.size())), format, terms);
  }

  private static String render(
      Proposal proposal, List<Trade> trades, OrderFormat format, OrderTerms terms) {
    return switch (format) {
      case GENERIC -> generic(proposal, trades, terms);
      case IBKR -> ibkr(proposal, trades, terms);
      case CCXT -> ccxt(proposal, trades, terms);
    };
  }

  /** The manifest written beside {@code orders}: {@code orders} plus {@code .manifest.json}. */
  public static Path manifestPath(Path orders) {
    return orders.resolveSibling(orders.getFileName() + ".manifest.json");
  }

  /**
   * Writes the orders and their manifest, each atomically. Neither is written when either exists
   * and {@code overwrite} is false.
   */
  public static void write(
      Path orders,
      Review review,
      OrderFormat format,
      OrderTerms terms,
      Source source,
      Instant createdAt,
      boolean overwrite)
      throws IOException {
    Path manifest = manifestPath(orders);
    if (!overwrite) {
      for (Path path : List.of(orders, manifest)) {
        if (Files.exists(path)) {
          throw new FileAlreadyExistsException(path.toString(), null, "file exists");
        }
      }
    }
    byte[] content = render(review, format, terms).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(orders, content, overwrite);
    String manifestText = manifest(review, format, terms, source, createdAt, orders);
    AtomicFiles.write(manifest, manifestText.getBytes(StandardCharsets.UTF_8), overwrite);
  }

  /** The manifest: input file and its SHA-256, settings, proposal id, time and counts. */
  public static String manifest(
      Review review,
      OrderFormat format,
      OrderTerms terms,
      Source source,
      Instant createdAt,
      Path orders) {
    Proposal proposal = review.proposal();
    RebalanceSettings settings = proposal.settings();
    ObjectNode root = NODES.objectNode();
    root.put("format", "keel-order-manifest");
    root.put("version", 1);
    root.put("proposalId", proposal.id());
    root.put("createdAt", createdAt.toString());
    root.put("input", source.inputName());
    root.put("inputSha256", source.inputSha256());
    root.put("portfolio", proposal.portfolio().name());
    root.put("portfolioAsOf", proposal.portfolio().asOf().toString());
    root.put("ordersFile", orders.getFileName().toString());
    root.put("orderFormat", format.label());
    root.put("orderType", RebalanceSettings.label(terms.type()));
    if (terms.type() == OrderTerms.OrderType.LIMIT) {
      root.put("limitOffsetBps", Decimals.clean(terms.limitOffsetBps()));
    }
    ObjectNode settingsNode = root.putObject("settings");
    settingsNode.put("trigger", RebalanceSettings.label(settings.trigger()));
    settingsNode.put("destination", RebalanceSettings.label(settings.destination()));
    settingsNode.put("fraction", Decimals.clean(settings.fraction()));
    settingsNode.put("cashFlow", Decimals.clean(settings.cashFlow()));
    if (settings.cashFlowAccount() != null) {
      settingsNode.put("cashFlowAccount", settings.cashFlowAccount());
    }
    settingsNode.put("mode", RebalanceSettings.label(settings.mode()));
    settingsNode.put("minTradeNotional", Decimals.clean(settings.minTradeNotional()));
    if (settings.maxTurnover() != null) {
      settingsNode.put("maxTurnover", Decimals.clean(settings.maxTurnover()));
    }
    settingsNode.put("scope", RebalanceSettings.label(settings.scope()));
    ObjectNode counts = root.putObject("trades");
    counts.put("proposed", proposal.trades().size());
    counts.put("approved", review.count(Decision.APPROVED));
    counts.put("rejected", review.count(Decision.REJECTED));
    counts.put("pending", review.count(Decision.PENDING));
    ArrayNode exported = root.putArray("exportedTradeIds");
    review.approvedTrades().forEach(t -> exported.add(t.id()));
    return TextOutput.json(root);
  }

  /** The client order id of a trade: the proposal id and the trade id, as in {@code keel-…-T3}. */
  public static String clientOrderId(Proposal proposal, Trade trade) {
    return proposal.id() + "-" + trade.id();
  }

  private static String generic(Proposal proposal, List<Trade> trades, OrderTerms terms) {
    Map<String, Instrument> instruments = proposal.portfolio().instrumentsBySymbol();
    String orderType = RebalanceSettings.label(terms.type());
    List<List<String>> rows =
        trades.parallelStream() // rows of large books are built in parallel
            .map(
                trade -> {
                  Instrument instrument = instruments.get(trade.symbol());
                  return List.of(
                      CsvCells.text(trade.account()),
                      CsvCells.text(trade.symbol()),
                      trade.side().label(),
                      plain(trade.quantity()),
                      plain(trade.price()),
                      plain(trade.notional()),
                      trade.currency(),
                      plain(trade.fee()),
                      orderType,
                      plain(terms.limitPrice(trade, instrument)),
                      timeInForce(instrument),
                      CsvCells.text(clientOrderId(proposal, trade)),
                      CsvCells.text(trade.reasonText()));
                })
            .toList();
    return TextOutput.csv(GENERIC_COLUMNS, rows);
  }

  private static String ibkr(Proposal proposal, List<Trade> trades, OrderTerms terms) {
    Map<String, Instrument> instruments = proposal.portfolio().instrumentsBySymbol();
    boolean withAccount = proposal.portfolio().accounts().size() > 1;
    List<String> columns = new ArrayList<>(IBKR_COLUMNS);
    if (withAccount) {
      columns.add("Account");
    }
    List<List<String>> rows = new ArrayList<>();
    for (Trade trade : trades) {
      Instrument instrument = instruments.get(trade.symbol());
      List<String> row = new ArrayList<>();
      row.add(trade.side() == Side.BUY ? "BUY" : "SELL");
      row.add(plain(trade.quantity()));
      row.add(CsvCells.text(trade.symbol()));
      row.add(secType(instrument.type()));
      row.add(exchange(instrument.type()));
      row.add(trade.currency());
      row.add(timeInForce(instrument));
      row.add(terms.type() == OrderTerms.OrderType.LIMIT ? "LMT" : "MKT");
      row.add(plain(terms.limitPrice(trade, instrument)));
      row.add(CsvCells.text(proposal.id()));
      if (withAccount) {
        row.add(CsvCells.text(trade.account()));
      }
      rows.add(row);
    }
    return TextOutput.csv(columns, rows);
  }

  private static String ccxt(Proposal proposal, List<Trade> trades, OrderTerms terms) {
    Map<String, Instrument> instruments = proposal.portfolio().instrumentsBySymbol();
    ObjectNode root = NODES.objectNode();
    root.put("proposalId", proposal.id());
    ArrayNode orders = root.putArray("orders");
    for (Trade trade : trades) {
      Instrument instrument = instruments.get(trade.symbol());
      ObjectNode order = orders.addObject();
      order.put("symbol", ccxtSymbol(instrument));
      order.put("type", terms.type() == OrderTerms.OrderType.LIMIT ? "limit" : "market");
      order.put("side", trade.side().label());
      order.put("amount", trade.quantity());
      BigDecimal limit = terms.limitPrice(trade, instrument);
      if (limit == null) {
        order.putNull("price");
      } else {
        order.put("price", limit);
      }
      order.putObject("params").put("clientOrderId", clientOrderId(proposal, trade));
    }
    return TextOutput.json(root);
  }

  /** A CCXT unified symbol: {@code BASE/QUOTE}, unless the symbol already names its quote. */
  static String ccxtSymbol(Instrument instrument) {
    String symbol = instrument.symbol();
    return symbol.contains("/") ? symbol : symbol + "/" + instrument.quoteCurrency();
  }

  private static String secType(AssetType type) {
    return switch (type) {
      case STOCK -> "STK";
      case CRYPTO_SPOT, STABLECOIN -> "CRYPTO";
      case FUTURE -> "FUT";
      case OPTION -> "OPT";
      case PERPETUAL -> "CRYPTO";
      case CASH -> "CASH";
    };
  }

  private static String exchange(AssetType type) {
    return switch (type) {
      case CRYPTO_SPOT, STABLECOIN, PERPETUAL -> "PAXOS";
      default -> "SMART";
    };
  }

  /** Crypto trades around the clock, so its orders stay good until cancelled; others are DAY. */
  private static String timeInForce(Instrument instrument) {
    return switch (instrument.type()) {
      case CRYPTO_SPOT, STABLECOIN, PERPETUAL -> "GTC";
      default -> "DAY";
    };
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : Decimals.plain(value);
  }
}
