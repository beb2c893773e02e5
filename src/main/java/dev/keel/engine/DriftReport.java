package dev.keel.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How far a portfolio has drifted from its targets: a line per asset class (in tree order, each
 * followed by its instruments), then cash, plus the derivatives held beside the allocation.
 *
 * @param portfolioName the portfolio's name
 * @param baseCurrency currency of every value
 * @param asOf time the portfolio describes
 * @param totalValue holdings plus cash, in the base currency
 * @param cashValue cash across accounts, in the base currency
 * @param targetsSet whether the portfolio has targets; without them nothing is breached
 * @param rows classes and instruments in tree order, then cash
 * @param derivatives derivative positions, by account then symbol
 */
public record DriftReport(
    String portfolioName,
    String baseCurrency,
    Instant asOf,
    BigDecimal totalValue,
    BigDecimal cashValue,
    boolean targetsSet,
    List<DriftRow> rows,
    List<DerivativeLine> derivatives) {

  public DriftReport {
    rows = List.copyOf(rows);
    derivatives = List.copyOf(derivatives);
  }

  /** The lines outside their band, in report order. */
  public List<DriftRow> breached() {
    return rows.stream().filter(DriftRow::breached).toList();
  }

  /** The line for a class id, symbol or (for cash) the base currency with the given kind. */
  public Optional<DriftRow> row(RowKind kind, String key) {
    return rows.stream().filter(r -> r.kind() == kind && r.key().equals(key)).findFirst();
  }
}
