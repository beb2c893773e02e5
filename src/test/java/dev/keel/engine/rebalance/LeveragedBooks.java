package dev.keel.engine.rebalance;

import dev.keel.io.PortfolioJson;
import dev.keel.model.Portfolio;
import dev.keel.model.margin.MarginGuard;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;

/**
 * Random leveraged books for the guard's property tests: a cross-margined Binance-like account with
 * USDT, some spot BTC and ETH collateral at haircuts, and long or short tiered perpetuals on BTC,
 * ETH and SOL (the worked example's tiers), with targets the rebalancer can chase; and a random
 * guard. A seed gives the same book again.
 */
final class LeveragedBooks {
  private LeveragedBooks() {}

  static Portfolio book(long seed) {
    Random random = new Random(seed);
    double btc = 60_000 * (0.8 + 0.4 * random.nextDouble());
    double eth = 3_000 * (0.8 + 0.4 * random.nextDouble());
    double sol = 140 * (0.8 + 0.4 * random.nextDouble());
    String positions =
        String.join(
            ",\n",
            spot("BTC", round(random.nextDouble() * 0.6, 3)),
            spot("ETH", round(random.nextDouble() * 6, 2)),
            perp("BTCUSDT", round((random.nextDouble() * 4 - 1), 3), btc, random),
            perp("ETHUSDT", round((random.nextDouble() * 60 - 20), 2), eth, random),
            perp("SOLUSDT", round((random.nextDouble() * 600 - 300), 0), sol, random));
    String text =
        """
        {
          "format": "keel-portfolio", "version": 1, "name": "Leveraged book %d",
          "baseCurrency": "USDT", "asOf": "2026-11-20T16:00:00Z",
          "accounts": [ { "id": "cross", "name": "Cross", "venue": "binance",
            "margin": { "mode": "cross", "haircuts": { "BTC": "0.95", "ETH": "0.95" } } } ],
          "assetClasses": [ { "id": "crypto", "name": "Crypto" }, { "id": "derivatives", "name": "Derivatives" } ],
          "instruments": [
            { "symbol": "BTC", "name": "Bitcoin", "assetClass": "crypto", "type": "crypto-spot", "quoteCurrency": "USDT", "lotStep": "0.001" },
            { "symbol": "ETH", "name": "Ether", "assetClass": "crypto", "type": "crypto-spot", "quoteCurrency": "USDT", "lotStep": "0.01" },
            { "symbol": "SOL", "name": "Solana", "assetClass": "crypto", "type": "crypto-spot", "quoteCurrency": "USDT", "lotStep": "0.01" },
            %s,
            %s,
            %s
          ],
          "positions": [ %s ],
          "cash": [ { "account": "cross", "currency": "USDT", "amount": "%s" } ],
          "prices": { "BTC": "%s", "BTCUSDT": "%s", "ETH": "%s", "ETHUSDT": "%s", "SOL": "%s", "SOLUSDT": "%s" },
          "targets": { "cash": "0.3", "classes": { "crypto": "0.7" }, "instruments": { "BTC": "0.7", "ETH": "0.3" } }
        }
        """
            .formatted(
                seed,
                instrument("BTCUSDT", "BTC", "0.001", "50000", "0.004", "250000", "0.005", "0.01"),
                instrument("ETHUSDT", "ETH", "0.01", "10000", "0.005", "100000", "0.0065", "0.01"),
                instrument("SOLUSDT", "SOL", "1", "5000", "0.01", "50000", "0.025", "0.05"),
                positions,
                round(2_000 + random.nextDouble() * 40_000, 2),
                round(btc, 1),
                round(btc * 1.0002, 1),
                round(eth, 2),
                round(eth * 1.0002, 2),
                round(sol, 3),
                round(sol * 1.0002, 3));
    return PortfolioJson.DEFAULT.read("book-" + seed, text).get();
  }

  static MarginGuard guard(long seed) {
    Random random = new Random(seed * 31 + 7);
    return new MarginGuard(
        random.nextInt(4) == 0 ? null : decimal(0.02 + 0.2 * random.nextDouble()),
        random.nextInt(4) == 0 ? null : decimal(0.05 + 0.35 * random.nextDouble()),
        random.nextInt(4) == 0 ? null : decimal(1.5 + 10 * random.nextDouble()),
        null);
  }

  private static String spot(String symbol, String quantity) {
    return "{ \"account\": \"cross\", \"symbol\": \""
        + symbol
        + "\", \"quantity\": \""
        + quantity
        + "\" }";
  }

  private static String perp(String symbol, String quantity, double mark, Random random) {
    String entry = round(mark * (0.85 + 0.3 * random.nextDouble()), 2);
    return "{ \"account\": \"cross\", \"symbol\": \""
        + symbol
        + "\", \"quantity\": \""
        + quantity
        + "\", \"entryPrice\": \""
        + entry
        + "\" }";
  }

  private static String instrument(
      String symbol,
      String underlying,
      String lot,
      String cap1,
      String rate1,
      String cap2,
      String rate2,
      String rate3) {
    return ("{ \"symbol\": \"%s\", \"name\": \"%s perpetual\", \"assetClass\": \"derivatives\","
            + " \"type\": \"perpetual\", \"quoteCurrency\": \"USDT\", \"lotStep\": \"%s\","
            + " \"underlying\": \"%s\", \"marginTiers\": ["
            + " { \"notionalCap\": \"%s\", \"maintenanceRate\": \"%s\", \"maxLeverage\": \"100\" },"
            + " { \"notionalCap\": \"%s\", \"maintenanceRate\": \"%s\", \"maxLeverage\": \"50\" },"
            + " { \"maintenanceRate\": \"%s\", \"maxLeverage\": \"20\" } ] }")
        .formatted(symbol, underlying, lot, underlying, cap1, rate1, cap2, rate2, rate3);
  }

  private static String round(double value, int places) {
    return BigDecimal.valueOf(value)
        .setScale(places, java.math.RoundingMode.HALF_EVEN)
        .toPlainString()
        .toLowerCase(Locale.ROOT);
  }

  private static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_EVEN);
  }
}
