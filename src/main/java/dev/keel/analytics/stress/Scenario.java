package dev.keel.analytics.stress;

import dev.keel.model.check.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One stress scenario: how far each group or underlying moves, what happens to volatility, how much
 * time passes, and how much of its loss counts.
 *
 * <p>A move is looked up for an underlying by its own symbol first, then by its group's name, then
 * by {@link #EVERY}; an underlying none of them names does not move. Volatility is looked up the
 * same way.
 *
 * @param set the set it belongs to ({@code span}, {@code crypto-pm}, {@code crash}, {@code tims},
 *     or {@code user})
 * @param name how it reads in a report, unique in its set
 * @param moves the fractional move (-0.3 for 30 % down) by underlying, group or {@link #EVERY}
 * @param vols the change of volatility by underlying, group or {@link #EVERY}
 * @param days calendar days that pass: options are revalued that much nearer their expiry
 * @param weight the share of its loss that counts when scenarios are compared (SPAN counts its
 *     extreme moves at 35 %), in (0, 1]
 */
public record Scenario(
    String set,
    String name,
    Map<String, Double> moves,
    Map<String, VolShock> vols,
    double days,
    double weight) {

  /** The key that names every underlying. */
  public static final String EVERY = "*";

  public Scenario {
    Checks.text(set, "set");
    Checks.text(name, "name");
    moves = Collections.unmodifiableMap(new LinkedHashMap<>(moves));
    vols = Collections.unmodifiableMap(new LinkedHashMap<>(vols));
    moves.forEach(
        (key, move) -> {
          if (!(move > -1) || !Double.isFinite(move)) {
            throw new IllegalArgumentException(
                "the move of " + key + " must be above -100 %: " + move);
          }
        });
    if (!(days >= 0) || !Double.isFinite(days)) {
      throw new IllegalArgumentException("days must be 0 or more: " + days);
    }
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be above 0 and at most 1: " + weight);
    }
  }

  /** The move of an underlying in a group. */
  public double move(String underlying, String group) {
    Double move = moves.get(underlying);
    if (move == null) {
      move = moves.get(group);
    }
    if (move == null) {
      move = moves.get(EVERY);
    }
    return move == null ? 0 : move;
  }

  /** The vol shocks it applies, in words, each once: {@code up one range}, {@code +20 pts}. */
  public String describeVol() {
    if (vols.isEmpty()) {
      return VolShock.NONE.describe();
    }
    List<String> distinct = vols.values().stream().map(VolShock::describe).distinct().toList();
    if (distinct.size() == 1 && !(vols.size() == 1 && !vols.containsKey(EVERY))) {
      return distinct.get(0);
    }
    List<String> each = new ArrayList<>();
    vols.forEach(
        (key, vol) -> each.add((key.equals(EVERY) ? "others" : key) + " " + vol.describe()));
    return String.join("; ", each);
  }

  /** The vol shock of an underlying in a group. */
  public VolShock vol(String underlying, String group) {
    VolShock vol = vols.get(underlying);
    if (vol == null) {
      vol = vols.get(group);
    }
    if (vol == null) {
      vol = vols.get(EVERY);
    }
    return Objects.requireNonNullElse(vol, VolShock.NONE);
  }
}
