package dev.keel.engine.rebalance;

import dev.keel.model.Account;
import dev.keel.model.AssetClass;
import dev.keel.model.AssetType;
import dev.keel.model.CashBalance;
import dev.keel.model.CashPolicy;
import dev.keel.model.CostModel;
import dev.keel.model.CostSchedule;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.Restriction;
import dev.keel.model.TargetAllocation;
import dev.keel.model.Venue;
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
 * Small random portfolios and settings for the engine's invariants: one to three accounts, two
 * classes, up to eight instruments with coarse or fine lots, exchange minimums, costs, cash floors
 * and restrictions. A seed always gives the same book, so a failure names its seed.
 */
final class RandomBooks {
  static final Instant AS_OF = Instant.parse("2026-11-20T16:00:00Z");
  private static final String[] LOTS = {"1", "0.01", "0.00000001"};

  /** What a generated book may contain. */
  record Shape(boolean restrictions, boolean minimums, boolean costs, boolean floor) {
    static final Shape ANY = new Shape(true, true, true, true);
    static final Shape FRICTIONLESS = new Shape(false, false, false, false);
  }

  private RandomBooks() {}

  static Portfolio book(long seed, Shape shape) {
    SplittableRandom random = new SplittableRandom(seed);
    int accountCount = 1 + random.nextInt(3);
    List<Account> accounts = new ArrayList<>();
    List<CashBalance> cash = new ArrayList<>();
    for (int a = 0; a < accountCount; a++) {
      String id = "acct-" + (a + 1);
      accounts.add(new Account(id, "Account " + (a + 1), Venue.OTHER));
      cash.add(new CashBalance(id, "USD", money(random, 0, 20_000)));
    }
    List<AssetClass> classes =
        List.of(new AssetClass("growth", "Growth", null), new AssetClass("safe", "Safe", null));
    int instrumentCount = 2 + random.nextInt(7);
    List<Instrument> instruments = new ArrayList<>();
    Map<String, Price> prices = new LinkedHashMap<>();
    List<Position> positions = new ArrayList<>();
    Map<String, BigDecimal> growth = new LinkedHashMap<>();
    Map<String, BigDecimal> safe = new LinkedHashMap<>();
    Map<String, Restriction> restrictions = new LinkedHashMap<>();
    for (int i = 0; i < instrumentCount; i++) {
      String symbol = "S" + i;
      String assetClass = i % 2 == 0 ? "growth" : "safe";
      BigDecimal lot =
          shape.minimums() ? new BigDecimal(LOTS[random.nextInt(LOTS.length)]) : LOTS_FINE;
      BigDecimal minQuantity =
          shape.minimums() && random.nextBoolean() ? lot.multiply(BigDecimal.TEN) : BigDecimal.ZERO;
      BigDecimal minNotional =
          shape.minimums() && random.nextBoolean() ? BigDecimal.TEN : BigDecimal.ZERO;
      instruments.add(
          Instrument.spot(
              symbol,
              "Instrument " + i,
              assetClass,
              AssetType.STOCK,
              "USD",
              lot,
              minQuantity,
              minNotional,
              new BigDecimal("0.01")));
      prices.put(symbol, new Price(symbol, money(random, 1, 2_000), AS_OF));
      for (Account account : accounts) {
        if (random.nextInt(3) > 0) {
          BigDecimal quantity =
              BigDecimal.valueOf(1 + random.nextInt(500)).multiply(lot.max(BigDecimal.ONE));
          positions.add(new Position(account.id(), symbol, quantity));
        }
      }
      (assetClass.equals("growth") ? growth : safe)
          .put(symbol, BigDecimal.valueOf(1 + random.nextInt(9)));
      if (shape.restrictions() && random.nextInt(5) == 0) {
        restrictions.put(symbol, Restriction.values()[random.nextInt(3)]);
      }
    }
    Map<String, BigDecimal> instrumentWeights = new LinkedHashMap<>();
    normalise(growth, instrumentWeights);
    normalise(safe, instrumentWeights);
    // A zero cash target with a relative band tolerates no cash at all; keep at least 1%.
    BigDecimal cashTarget = BigDecimal.valueOf(1 + random.nextInt(5), 2);
    BigDecimal growthWeight = BigDecimal.valueOf(30 + random.nextInt(50), 2);
    Map<String, BigDecimal> classWeights = new LinkedHashMap<>();
    classWeights.put("growth", growthWeight);
    classWeights.put("safe", BigDecimal.ONE.subtract(cashTarget).subtract(growthWeight));
    if (safe.isEmpty()) {
      classWeights.put("growth", BigDecimal.ONE.subtract(cashTarget));
      classWeights.remove("safe");
    }
    CostSchedule schedule =
        shape.costs()
            ? new CostSchedule(
                BigDecimal.valueOf(random.nextInt(50)),
                BigDecimal.valueOf(random.nextInt(20)),
                BigDecimal.valueOf(random.nextInt(2)),
                BigDecimal.valueOf(random.nextInt(3)))
            : CostSchedule.FREE;
    return Portfolio.builder()
        .name("Random book " + seed)
        .baseCurrency("USD")
        .accounts(accounts)
        .assetClasses(classes)
        .instruments(instruments)
        .positions(positions)
        .cash(cash)
        .market(new MarketSnapshot(AS_OF, prices, Map.of()))
        .targets(new TargetAllocation(cashTarget, classWeights, instrumentWeights))
        .costs(new CostModel(schedule, Map.of(), Map.of()))
        .restrictions(restrictions)
        .cashPolicy(shape.floor() ? new CashPolicy(money(random, 0, 1_000)) : CashPolicy.NONE)
        .build();
  }

  private static final BigDecimal LOTS_FINE = new BigDecimal("0.00000001");

  /** Random settings; frictionless ones trade everything back to target. */
  static RebalanceSettings settings(long seed, Portfolio portfolio) {
    SplittableRandom random = new SplittableRandom(seed * 31 + 7);
    RebalanceSettings.Builder builder =
        RebalanceSettings.builder()
            .trigger(RebalanceSettings.Trigger.values()[random.nextInt(2)])
            .mode(RebalanceSettings.Mode.values()[random.nextInt(3)])
            .scope(RebalanceSettings.Scope.values()[random.nextInt(2)]);
    switch (random.nextInt(3)) {
      case 0 -> builder.toTarget();
      case 1 -> builder.toBandEdge();
      default -> builder.partial(new BigDecimal("0.5"));
    }
    String account = portfolio.accounts().get(random.nextInt(portfolio.accounts().size())).id();
    switch (random.nextInt(4)) {
      case 0 -> builder.deposit(money(random, 1, 20_000)).cashFlowAccount(account);
      case 1 -> builder.withdraw(money(random, 1, 5_000)).cashFlowAccount(account);
      default -> {}
    }
    if (random.nextInt(4) == 0) {
      builder.maxTurnover(BigDecimal.valueOf(1 + random.nextInt(30), 2));
    }
    if (random.nextInt(4) == 0) {
      builder.minTradeNotional(BigDecimal.valueOf(random.nextInt(500)));
    }
    return builder.build();
  }

  private static void normalise(Map<String, BigDecimal> raw, Map<String, BigDecimal> into) {
    BigDecimal sum = raw.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal given = BigDecimal.ZERO;
    List<String> symbols = new ArrayList<>(raw.keySet());
    for (int i = 0; i < symbols.size(); i++) {
      BigDecimal weight =
          i == symbols.size() - 1
              ? BigDecimal.ONE.subtract(given)
              : raw.get(symbols.get(i)).divide(sum, 6, RoundingMode.DOWN);
      into.put(symbols.get(i), weight);
      given = given.add(weight);
    }
  }

  private static BigDecimal money(SplittableRandom random, int low, int high) {
    return BigDecimal.valueOf(low * 100L + random.nextLong((high - low) * 100L + 1), 2);
  }
}
