package dev.keel.engine;

import dev.keel.model.DriftBand;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a drift report: an asset class, an instrument or cash, with its value, its weights
 * and whether it is outside its band. Weights are fractions of the whole portfolio (of the account,
 * in one account's report).
 *
 * @param kind what the line describes
 * @param key class id, symbol, or the base currency for cash
 * @param label display name
 * @param depth nesting level: 0 for top-level classes and cash
 * @param parent id of the enclosing class, or {@code null}
 * @param quantity units held (instruments only, else {@code null})
 * @param price price in the quote currency (instruments only, else {@code null})
 * @param marketValue value in the base currency
 * @param currentWeight value over the portfolio total, or, on the delta basis, {@code
 *     exposureWeight}
 * @param targetWeight target as a fraction of the portfolio, {@code null} when no targets are set
 * @param drift current minus target weight, {@code null} when no targets are set
 * @param relativeDrift drift over target, {@code null} when the target is zero or unset
 * @param band the band that applies
 * @param bandLimit the largest drift inside the band, {@code null} when the band has no limit
 * @param breached whether the drift is outside the band
 * @param holdings per-account breakdown (instruments only, else empty)
 * @param exposure value plus the cash delta of the derivatives on the line or mapped to it, base
 *     currency; the value itself when none is
 * @param exposureWeight exposure over the equity of the book (of the account)
 */
public record DriftRow(
    RowKind kind,
    String key,
    String label,
    int depth,
    String parent,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal marketValue,
    BigDecimal currentWeight,
    BigDecimal targetWeight,
    BigDecimal drift,
    BigDecimal relativeDrift,
    DriftBand band,
    BigDecimal bandLimit,
    boolean breached,
    List<AccountHolding> holdings,
    BigDecimal exposure,
    BigDecimal exposureWeight) {

  public DriftRow {
    holdings = List.copyOf(holdings);
  }
}
