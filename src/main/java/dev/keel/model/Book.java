package dev.keel.model;

import java.util.List;

/**
 * What is held: the accounts, the asset classes and instruments the holdings are described with,
 * the positions and the cash. Lists keep the order the user gave.
 *
 * @param accounts accounts, in file order
 * @param assetClasses asset classes, parents before or after children, in file order
 * @param instruments instruments, in file order
 * @param positions positions, in file order
 * @param cash cash balances, in file order; a negative balance is a loan
 */
public record Book(
    List<Account> accounts,
    List<AssetClass> assetClasses,
    List<Instrument> instruments,
    List<Position> positions,
    List<CashBalance> cash) {

  /** A book that holds nothing. */
  public static final Book EMPTY = new Book(List.of(), List.of(), List.of(), List.of(), List.of());

  public Book {
    accounts = List.copyOf(accounts);
    assetClasses = List.copyOf(assetClasses);
    instruments = List.copyOf(instruments);
    positions = List.copyOf(positions);
    cash = List.copyOf(cash);
  }
}
