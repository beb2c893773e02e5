package dev.keel.engine;

import dev.keel.model.ExposureBasis;
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
 * @param account the account whose own drift this is, {@code null} for the household (every account
 *     together); an account's weights are fractions of that account, and its targets those the
 *     account-scope rebalance aims at (see {@link ReachableTargets})
 * @param cash the cash balances behind {@code cashValue}, by account then currency
 * @param basis what the current weights measure: value, or delta-adjusted exposure over equity
 * @param equity holdings and cash plus what derivatives add (options at their value, perpetuals and
 *     futures at their unrealised profit), base currency; the total of the delta basis
 * @param exposureWarnings exposure to underlyings that no target line takes
 */
public record DriftReport(
    String portfolioName,
    String baseCurrency,
    Instant asOf,
    BigDecimal totalValue,
    BigDecimal cashValue,
    boolean targetsSet,
    List<DriftRow> rows,
    List<DerivativeLine> derivatives,
    String account,
    List<CashHolding> cash,
    ExposureBasis basis,
    BigDecimal equity,
    List<String> exposureWarnings) {

  public DriftReport {
    rows = List.copyOf(rows);
    derivatives = List.copyOf(derivatives);
    cash = List.copyOf(cash);
    exposureWarnings = List.copyOf(exposureWarnings);
  }

  /** Whether this is one account's own drift rather than the household's. */
  public boolean isOfAccount() {
    return account != null;
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
