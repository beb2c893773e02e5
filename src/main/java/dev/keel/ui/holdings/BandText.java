package dev.keel.ui.holdings;

import dev.keel.engine.rebalance.Decimals;
import dev.keel.model.DriftBand;
import dev.keel.ui.common.TypedNumbers;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads and writes a drift band as the user types it: "5" for ±5 percentage points, "5/25" for the
 * 5/25 rule (5 points or a quarter of the target, whichever is tighter), "/25" for relative only,
 * "none" for a band that never breaches, empty to inherit the band of the class or the default.
 */
final class BandText {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private BandText() {}

  /** A parsed band ({@code null} to inherit) or why the text is not one. */
  record Parsed(DriftBand band, Optional<String> error) {}

  private static final String HOW =
      ": type 5 for ±5 pp, 5/25 for the 5/25 rule, none, or leave it empty to inherit";

  static Parsed parse(String text) {
    String cleaned = text == null ? "" : text.replace("pp", "").replace("%", "").trim();
    if (cleaned.isEmpty()) {
      return new Parsed(null, Optional.empty());
    }
    if (cleaned.equalsIgnoreCase("none")) {
      return new Parsed(DriftBand.UNLIMITED, Optional.empty());
    }
    String[] parts = cleaned.split("/", -1);
    if (parts.length > 2) {
      return failed(text);
    }
    BigDecimal absolute = null;
    BigDecimal relative = null;
    if (!parts[0].isBlank()) {
      absolute = TypedNumbers.decimal(parts[0]).orElse(null);
      if (absolute == null) {
        return failed(text);
      }
    }
    if (parts.length == 2) {
      relative = TypedNumbers.decimal(parts[1]).orElse(null);
      if (relative == null) {
        return failed(text);
      }
    }
    if (absolute == null && relative == null) {
      return failed(text);
    }
    for (BigDecimal limit : new BigDecimal[] {absolute, relative}) {
      if (limit != null && (limit.compareTo(HUNDRED) > 0)) {
        return new Parsed(null, Optional.of("a band limit is between 0 and 100"));
      }
    }
    return new Parsed(
        new DriftBand(
            absolute == null ? null : absolute.movePointLeft(2),
            relative == null ? null : relative.movePointLeft(2)),
        Optional.empty());
  }

  private static Parsed failed(String text) {
    return new Parsed(null, Optional.of("'" + text.trim() + "' is not a band" + HOW));
  }

  /** A band as the user would type it: "5/25", "5", "/25" or "none". */
  static String format(DriftBand band) {
    if (band.absolute() == null && band.relative() == null) {
      return "none";
    }
    String absolute =
        band.absolute() == null ? "" : Decimals.plain(band.absolute().movePointRight(2));
    return band.relative() == null
        ? absolute
        : absolute + "/" + Decimals.plain(band.relative().movePointRight(2));
  }
}
