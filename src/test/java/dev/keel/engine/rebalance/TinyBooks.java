package dev.keel.engine.rebalance;

import dev.keel.model.Account;
import dev.keel.model.AssetClass;
import dev.keel.model.AssetType;
import dev.keel.model.BandPolicy;
import dev.keel.model.CashBalance;
import dev.keel.model.CashPolicy;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.TargetAllocation;
import dev.keel.model.Venue;
import dev.keel.model.market.MarketSnapshot;
import dev.keel.model.market.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small books written out line by line for the engine's tests: every instrument a stock in USD, in
 * one class per name given, held in the accounts named.
 */
final class TinyBooks {
  static final Instant AS_OF = Instant.parse("2026-11-20T16:00:00Z");

  /** One holding: account, symbol, class, price, lot step, quantity held. */
  record Holding(
      String account,
      String symbol,
      String assetClass,
      String price,
      String lot,
      String quantity) {}

  private TinyBooks() {}

  static Holding holding(
      String account, String symbol, String assetClass, String price, String lot, String quantity) {
    return new Holding(account, symbol, assetClass, price, lot, quantity);
  }

  /**
   * A book of the holdings, cash per account ({@code "account=amount"}), the targets and bands, and
   * a cash floor per account.
   */
  static Portfolio book(
      List<Holding> holdings,
      List<String> cash,
      TargetAllocation targets,
      BandPolicy bands,
      String floor) {
    Set<String> accountIds = new LinkedHashSet<>();
    Set<String> classIds = new LinkedHashSet<>();
    Map<String, Instrument> instruments = new LinkedHashMap<>();
    Map<String, Price> prices = new LinkedHashMap<>();
    List<Position> positions = new ArrayList<>();
    for (Holding h : holdings) {
      accountIds.add(h.account());
      classIds.add(h.assetClass());
      instruments.putIfAbsent(
          h.symbol(),
          Instrument.spot(
              h.symbol(),
              h.symbol(),
              h.assetClass(),
              AssetType.STOCK,
              "USD",
              new BigDecimal(h.lot()),
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              new BigDecimal("0.01")));
      prices.put(h.symbol(), new Price(h.symbol(), new BigDecimal(h.price()), AS_OF));
      if (new BigDecimal(h.quantity()).signum() != 0) {
        positions.add(new Position(h.account(), h.symbol(), new BigDecimal(h.quantity())));
      }
    }
    List<CashBalance> balances = new ArrayList<>();
    for (String entry : cash) {
      String[] parts = entry.split("=");
      accountIds.add(parts[0]);
      balances.add(new CashBalance(parts[0], "USD", new BigDecimal(parts[1])));
    }
    return Portfolio.builder()
        .name("Tiny book")
        .baseCurrency("USD")
        .accounts(accountIds.stream().map(id -> new Account(id, id, Venue.OTHER)).toList())
        .assetClasses(classIds.stream().map(id -> new AssetClass(id, id, null)).toList())
        .instruments(List.copyOf(instruments.values()))
        .positions(positions)
        .cash(balances)
        .market(new MarketSnapshot(AS_OF, prices, Map.of()))
        .targets(targets)
        .bands(bands)
        .cashPolicy(new CashPolicy(new BigDecimal(floor)))
        .build();
  }

  /** Weights from {@code "key=weight"} pairs. */
  static Map<String, BigDecimal> weights(String... pairs) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (String pair : pairs) {
      String[] parts = pair.split("=");
      weights.put(parts[0], new BigDecimal(parts[1]));
    }
    return weights;
  }
}
