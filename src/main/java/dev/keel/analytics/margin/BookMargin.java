package dev.keel.analytics.margin;

import java.util.List;

/**
 * The margin of a book's accounts and of their perpetuals and futures.
 *
 * @param baseCurrency the currency money is counted in
 * @param accounts every account, in the book's order
 * @param positions the perpetuals and futures of margin accounts that Keel follows a margin rule
 *     for, in the book's order (one without is named in the warnings)
 * @param warnings what Keel could not work out, or assumed
 */
public record BookMargin(
    String baseCurrency,
    List<AccountMarginFigures> accounts,
    List<PositionMarginFigures> positions,
    List<String> warnings) {
  public BookMargin {
    accounts = List.copyOf(accounts);
    positions = List.copyOf(positions);
    warnings = List.copyOf(warnings);
  }
}
