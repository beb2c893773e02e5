package dev.keel.analytics.margin;

import java.util.List;

/**
 * The margin of a book's accounts and of their perpetuals and futures.
 *
 * @param baseCurrency the currency money is counted in
 * @param accounts every account, in the book's order
 * @param positions the perpetuals and futures of margin accounts, in the book's order
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
