package dev.keel.analytics.stress;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a scenario the user writes, such as {@code BTC=-30%,ETH=-40%,vol=+20,days=1}:
 * comma-separated items, each a key, {@code =} and a value.
 *
 * <ul>
 *   <li>an underlying (a coin, a stock, an index) or a group ({@code crypto}, {@code equity}, a
 *       group of the file), or {@code all}, with its move as a percentage: {@code -30%};
 *   <li>{@code vol}: volatility points added ({@code +20} takes 0.60 to 0.80), or a relative change
 *       with a percent sign ({@code +20%} takes 0.60 to 0.72); optionally {@code vol.KEY} for one
 *       underlying or group;
 *   <li>{@code days}: calendar days that pass, 0 or more.
 * </ul>
 *
 * Whether a key is one of the book's underlyings or groups is checked by the caller, who knows the
 * book.
 */
public final class ScenarioParser {
  private ScenarioParser() {}

  /**
   * The scenario {@code text} describes.
   *
   * @throws IllegalArgumentException saying which item is wrong and how to write it
   */
  public static Scenario parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "the scenario is empty: write moves such as \"BTC=-30%,ETH=-40%,vol=+20,days=1\"");
    }
    Map<String, Double> moves = new LinkedHashMap<>();
    Map<String, VolShock> vols = new LinkedHashMap<>();
    double days = 0;
    for (String raw : text.split(",", -1)) {
      String item = raw.strip();
      int equals = item.indexOf('=');
      if (equals <= 0 || equals == item.length() - 1) {
        throw problem(item, "write it as KEY=VALUE, such as BTC=-30%");
      }
      String key = item.substring(0, equals).strip();
      String value = item.substring(equals + 1).strip();
      if (key.equals("days")) {
        days = number(item, value, "a number of days, such as days=1");
        if (days < 0) {
          throw problem(item, "days must be 0 or more");
        }
      } else if (key.equals("vol") || key.startsWith("vol.")) {
        String target = key.equals("vol") ? Scenario.EVERY : key.substring(4);
        putOnce(vols, target, vol(item, value), item);
      } else {
        if (!value.endsWith("%")) {
          throw problem(item, "write the move as a percentage, such as " + key + "=-30%");
        }
        double move = number(item, value.substring(0, value.length() - 1), "a percentage") / 100;
        if (!(move > -1)) {
          throw problem(item, "a price cannot fall by 100 % or more");
        }
        putOnce(moves, key.equals("all") ? Scenario.EVERY : key, move, item);
      }
    }
    return new Scenario("user", text.strip(), moves, vols, days, 1);
  }

  private static VolShock vol(String item, String value) {
    if (value.endsWith("%")) {
      double change = number(item, value.substring(0, value.length() - 1), "a percentage") / 100;
      if (!(change > -1)) {
        throw problem(item, "a relative change of vol must be above -100 %");
      }
      return new VolShock.Relative(change);
    }
    return new VolShock.Points(number(item, value, "volatility points, such as vol=+20"));
  }

  private static <V> void putOnce(Map<String, V> map, String key, V value, String item) {
    if (map.put(key, value) != null) {
      throw problem(item, "it is given twice: give each underlying, group and vol once");
    }
  }

  private static double number(String item, String value, String expected) {
    try {
      BigDecimal number = new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
      return number.doubleValue();
    } catch (NumberFormatException e) {
      throw problem(item, "\"" + value + "\" is not a number: write " + expected);
    }
  }

  private static IllegalArgumentException problem(String item, String what) {
    return new IllegalArgumentException("scenario item \"" + item + "\": " + what);
  }
}
