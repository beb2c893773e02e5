package dev.keel.analytics.stress;

import dev.keel.model.stress.GroupKind;
import dev.keel.model.stress.StressGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keel's built-in scenario sets (docs/stress.md gives each one's source), built for the groups of
 * one book.
 */
public enum ScenarioSets {
  /**
   * CME SPAN's 16 scenarios per group: price 0, +-1/3, +-2/3 and +-1 of the group's price scan
   * range, each with vol up and down by its vol scan range, and +-2 ranges at vol unchanged counted
   * at 35 %; options one day nearer their expiry. Every group moves in the same direction at once.
   */
  SPAN("span") {
    @Override
    List<Scenario> scenarios(List<StressGroup> groups) {
      List<Scenario> scenarios = new ArrayList<>();
      double[] thirds = {0, 1, -1, 2, -2, 3, -3};
      int number = 1;
      for (double third : thirds) {
        for (int vol : new int[] {1, -1}) {
          scenarios.add(
              new Scenario(
                  label(),
                  String.format(
                      Locale.ROOT,
                      "span %d: price %s, vol %s",
                      number++,
                      third == 0 ? "unchanged" : ranges(third / 3) + " range",
                      vol > 0 ? "up" : "down"),
                  scaled(groups, third / 3),
                  everyGroup(groups, new VolShock.ScanRange(vol)),
                  1,
                  1));
        }
      }
      for (int sign : new int[] {1, -1}) {
        scenarios.add(
            new Scenario(
                label(),
                String.format(
                    Locale.ROOT, "span %d: price %s ranges, at 35 %%", number++, ranges(2 * sign)),
                scaled(groups, 2 * sign),
                Map.of(),
                1,
                0.35));
      }
      return scenarios;
    }
  },

  /**
   * Deribit's portfolio-margin grid: every crypto group +-16 % in 9 even steps (0 included), each
   * with vol up, unchanged and down, the vol shocks stronger for short expiries; other groups do
   * not move.
   */
  CRYPTO_PM("crypto-pm") {
    @Override
    List<Scenario> scenarios(List<StressGroup> groups) {
      List<Scenario> scenarios = new ArrayList<>();
      VolShock[] vols = {
        new VolShock.TermScaled(true), VolShock.NONE, new VolShock.TermScaled(false)
      };
      for (int step = -4; step <= 4; step++) {
        double move = step * 0.04;
        for (VolShock vol : vols) {
          scenarios.add(
              new Scenario(
                  label(),
                  String.format(Locale.ROOT, "crypto-pm %s, vol %s", percent(move), vol.describe()),
                  crypto(groups, move),
                  everyGroup(crypto(groups), vol),
                  0,
                  1));
        }
      }
      return scenarios;
    }
  },

  /**
   * Deribit's extended table, counted in full: every underlying -66 %, -33 %, +50 %, +100 %, +200
   * %, +300 %, +400 %, +500 %, with vol up.
   */
  CRASH("crash") {
    @Override
    List<Scenario> scenarios(List<StressGroup> groups) {
      List<Scenario> scenarios = new ArrayList<>();
      for (double move : new double[] {-0.66, -0.33, 0.5, 1, 2, 3, 4, 5}) {
        scenarios.add(
            new Scenario(
                label(),
                "crash " + percent(move) + ", vol up",
                Map.of(Scenario.EVERY, move),
                Map.of(Scenario.EVERY, new VolShock.TermScaled(true)),
                0,
                1));
      }
      return scenarios;
    }
  },

  /**
   * OCC TIMS as FINRA rule 4210 uses it: 10 equidistant points, 5 down and 5 up, within each
   * group's range (+-15 % single names and crypto, -8 % / +6 % broad indexes), vol unchanged.
   */
  TIMS("tims") {
    @Override
    List<Scenario> scenarios(List<StressGroup> groups) {
      List<Scenario> scenarios = new ArrayList<>();
      for (int point : new int[] {-5, -4, -3, -2, -1, 1, 2, 3, 4, 5}) {
        Map<String, Double> moves = new LinkedHashMap<>();
        for (StressGroup group : groups) {
          double end = (point < 0 ? group.kind().timsDown() : group.kind().timsUp()).doubleValue();
          moves.put(group.name(), Math.abs(point) / 5.0 * end);
        }
        scenarios.add(
            new Scenario(
                label(),
                String.format(Locale.ROOT, "tims %+d/5 of range", point),
                moves,
                Map.of(),
                0,
                1));
      }
      return scenarios;
    }
  };

  private final String label;

  ScenarioSets(String label) {
    this.label = label;
  }

  /** The set's name on the command line and in reports. */
  public String label() {
    return label;
  }

  /** The set with this {@link #label()}, or {@code null}. */
  public static ScenarioSets fromLabel(String label) {
    for (ScenarioSets set : values()) {
      if (set.label.equals(label)) {
        return set;
      }
    }
    return null;
  }

  /** The set's scenarios for a book whose underlyings are in {@code groups}. */
  abstract List<Scenario> scenarios(List<StressGroup> groups);

  /** Each group moved by {@code ranges} of its own price scan range. */
  private static Map<String, Double> scaled(List<StressGroup> groups, double ranges) {
    Map<String, Double> moves = new LinkedHashMap<>();
    groups.forEach(g -> moves.put(g.name(), ranges * g.priceScanRange().doubleValue()));
    return moves;
  }

  private static List<StressGroup> crypto(List<StressGroup> groups) {
    return groups.stream().filter(g -> g.kind() == GroupKind.CRYPTO).toList();
  }

  private static Map<String, Double> crypto(List<StressGroup> groups, double move) {
    Map<String, Double> moves = new LinkedHashMap<>();
    crypto(groups).forEach(g -> moves.put(g.name(), move));
    return moves;
  }

  private static Map<String, VolShock> everyGroup(List<StressGroup> groups, VolShock vol) {
    Map<String, VolShock> vols = new LinkedHashMap<>();
    groups.forEach(g -> vols.put(g.name(), vol));
    return vols;
  }

  private static String ranges(double ranges) {
    String[] thirds = {"-2", "-1", "-2/3", "-1/3", "0", "+1/3", "+2/3", "+1", "+2"};
    int index = (int) Math.round(ranges * 3);
    return switch (index) {
      case -6 -> thirds[0];
      case -3 -> thirds[1];
      case 6 -> thirds[8];
      case 3 -> thirds[7];
      default -> thirds[index + 4];
    };
  }

  static String percent(double move) {
    return Signed.percent(move);
  }
}
