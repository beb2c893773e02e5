package dev.keel.engine;

import dev.keel.model.Account;
import dev.keel.model.AssetClass;
import dev.keel.model.AssetType;
import dev.keel.model.BandPolicy;
import dev.keel.model.CashBalance;
import dev.keel.model.CostModel;
import dev.keel.model.CostSchedule;
import dev.keel.model.DriftBand;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.TargetAllocation;
import dev.keel.model.Venue;
import dev.keel.model.market.FxRate;
import dev.keel.model.market.MarketSnapshot;
import dev.keel.model.market.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A large, valid, deterministic portfolio for benchmarks and load tests: nested asset classes,
 * three currencies, stocks with whole-share lots and coins with fine lots, each instrument held in
 * several accounts. The same arguments always give the same book.
 */
public final class SyntheticBook {
  private static final Instant AS_OF = Instant.parse("2026-01-02T21:00:00Z");

  /** Leaf classes: id, parent, type, quote currency, lot step. */
  private record Leaf(String id, String parent, AssetType type, String currency, String lotStep) {}

  private static final List<Leaf> LEAVES =
      List.of(
          new Leaf("us-equity", "equity", AssetType.STOCK, "USD", "1"),
          new Leaf("eu-equity", "equity", AssetType.STOCK, "EUR", "1"),
          new Leaf("uk-equity", "equity", AssetType.STOCK, "GBP", "1"),
          new Leaf("government", "bonds", AssetType.STOCK, "USD", "1"),
          new Leaf("corporate", "bonds", AssetType.STOCK, "USD", "1"),
          new Leaf("crypto", null, AssetType.CRYPTO_SPOT, "USD", "0.00000001"));

  private SyntheticBook() {}

  /**
   * A book of {@code positions} positions spread evenly over {@code accounts} accounts, with one
   * instrument for every five positions (more when an account holds more).
   */
  public static Portfolio generate(int positions, int accounts, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int perAccount = (positions + accounts - 1) / accounts;
    int instrumentCount = Math.max(LEAVES.size(), Math.max(positions / 5, perAccount));

    List<Account> accountList = new ArrayList<>();
    List<CashBalance> cash = new ArrayList<>();
    for (int a = 0; a < accounts; a++) {
      String id = String.format("acct-%02d", a + 1);
      accountList.add(new Account(id, "Account " + (a + 1), a % 2 == 0 ? Venue.IBKR : Venue.OTHER));
      cash.add(new CashBalance(id, "USD", BigDecimal.valueOf(5_000 + random.nextInt(20_000))));
    }

    List<AssetClass> classes =
        List.of(
            new AssetClass("equity", "Equity", null),
            new AssetClass("us-equity", "US equity", "equity"),
            new AssetClass("eu-equity", "European equity", "equity"),
            new AssetClass("uk-equity", "UK equity", "equity"),
            new AssetClass("bonds", "Bonds", null),
            new AssetClass("government", "Government bonds", "bonds"),
            new AssetClass("corporate", "Corporate bonds", "bonds"),
            new AssetClass("crypto", "Crypto", null));

    List<Instrument> instruments = new ArrayList<>();
    Map<String, Price> prices = new LinkedHashMap<>();
    Map<String, List<String>> membersByLeaf = new LinkedHashMap<>();
    for (int i = 0; i < instrumentCount; i++) {
      Leaf leaf = LEAVES.get(i % LEAVES.size());
      String symbol = String.format("%s%05d", leaf.id().substring(0, 2).toUpperCase(), i);
      boolean crypto = leaf.type() == AssetType.CRYPTO_SPOT;
      instruments.add(
          Instrument.spot(
              symbol,
              "Synthetic " + symbol,
              leaf.id(),
              leaf.type(),
              leaf.currency(),
              new BigDecimal(leaf.lotStep()),
              crypto ? new BigDecimal("0.00001") : BigDecimal.ONE,
              crypto ? BigDecimal.TEN : BigDecimal.ZERO,
              new BigDecimal("0.01")));
      BigDecimal price = BigDecimal.valueOf(500 + random.nextInt(50_000), 2);
      prices.put(symbol, new Price(symbol, price, AS_OF));
      membersByLeaf.computeIfAbsent(leaf.id(), k -> new ArrayList<>()).add(symbol);
    }

    List<Position> positionList = new ArrayList<>();
    for (int p = 0; p < positions; p++) {
      int account = p % accounts;
      Instrument instrument = instruments.get((p / accounts + account * 97) % instrumentCount);
      BigDecimal quantity =
          instrument.type() == AssetType.CRYPTO_SPOT
              ? BigDecimal.valueOf(1 + random.nextLong(500_000_000L), 8)
              : BigDecimal.valueOf(1 + random.nextInt(400));
      positionList.add(new Position(accountList.get(account).id(), instrument.symbol(), quantity));
    }

    Map<String, BigDecimal> classWeights = new LinkedHashMap<>();
    classWeights.put("equity", new BigDecimal("0.60"));
    classWeights.put("us-equity", new BigDecimal("0.60"));
    classWeights.put("eu-equity", new BigDecimal("0.25"));
    classWeights.put("uk-equity", new BigDecimal("0.15"));
    classWeights.put("bonds", new BigDecimal("0.30"));
    classWeights.put("government", new BigDecimal("0.50"));
    classWeights.put("corporate", new BigDecimal("0.50"));
    classWeights.put("crypto", new BigDecimal("0.08"));
    Map<String, BigDecimal> instrumentWeights = new LinkedHashMap<>();
    membersByLeaf.values().forEach(members -> equalWeights(members, instrumentWeights));

    return Portfolio.builder()
        .name("Synthetic book " + positions + "x" + accounts)
        .description("Generated by keel generate-book with seed " + seed + "; prices are random.")
        .baseCurrency("USD")
        .accounts(accountList)
        .assetClasses(classes)
        .instruments(instruments)
        .positions(positionList)
        .cash(cash)
        .market(
            new MarketSnapshot(
                AS_OF,
                prices,
                Map.of(
                    "EUR", new FxRate("EUR", new BigDecimal("1.0842"), AS_OF),
                    "GBP", new FxRate("GBP", new BigDecimal("1.2710"), AS_OF))))
        .targets(new TargetAllocation(new BigDecimal("0.02"), classWeights, instrumentWeights))
        .bands(
            new BandPolicy(
                DriftBand.FIVE_TWENTY_FIVE,
                null,
                Map.of("crypto", new DriftBand(new BigDecimal("0.03"), new BigDecimal("0.30"))),
                Map.of()))
        .costs(
            new CostModel(
                new CostSchedule(
                    BigDecimal.ONE, new BigDecimal("2"), BigDecimal.ZERO, BigDecimal.ZERO),
                Map.of(),
                Map.of()))
        .build();
  }

  /** Equal weights summing to exactly one: the last member takes the rounding remainder. */
  private static void equalWeights(List<String> members, Map<String, BigDecimal> weights) {
    BigDecimal each =
        BigDecimal.ONE.divide(BigDecimal.valueOf(members.size()), 8, RoundingMode.DOWN);
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < members.size() - 1; i++) {
      weights.put(members.get(i), each);
      sum = sum.add(each);
    }
    weights.put(members.get(members.size() - 1), BigDecimal.ONE.subtract(sum));
  }
}
