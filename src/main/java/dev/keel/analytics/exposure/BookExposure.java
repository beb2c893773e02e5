package dev.keel.analytics.exposure;

import java.time.Instant;
import java.util.List;

/**
 * A book's exposure: every position's Greeks and cash delta, the net per underlying for the book
 * and for each account, and each account's equity and leverage.
 *
 * @param baseCurrency the currency money is in
 * @param asOf the time of the market snapshot
 * @param positions every position, in the book's order
 * @param underlyings the book's net exposure per underlying, largest gross notional first
 * @param accountUnderlyings the same per account, in the book's account order
 * @param accounts equity and leverage per account, in the book's order
 * @param total the book's equity and leverage
 * @param warnings what the trader should look at: undefined volatilities, contracts near expiry,
 *     missing entry prices
 */
public record BookExposure(
    String baseCurrency,
    Instant asOf,
    List<PositionExposure> positions,
    List<UnderlyingExposure> underlyings,
    List<UnderlyingExposure> accountUnderlyings,
    List<AccountExposure> accounts,
    AccountExposure total,
    List<String> warnings) {

  public BookExposure {
    positions = List.copyOf(positions);
    underlyings = List.copyOf(underlyings);
    accountUnderlyings = List.copyOf(accountUnderlyings);
    accounts = List.copyOf(accounts);
    warnings = List.copyOf(warnings);
  }
}
