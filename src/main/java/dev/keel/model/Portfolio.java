package dev.keel.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A whole book: accounts and what they hold, market data, and the user's targets, bands, costs,
 * restrictions and cash policy.
 *
 * <p>Lists keep the order the user gave; maps are sorted by key, so equal books compare equal and
 * write out identically. Cross-references (a position naming an account, weights summing to one)
 * are not enforced here, so a book can be held while the user is still editing it: {@link
 * PortfolioValidator} says what is wrong.
 *
 * @param name display name
 * @param description free text, for example where the prices come from; may be empty
 * @param baseCurrency currency all values are reported in
 * @param asOf time the book describes; the default as-of time of prices and rates
 * @param accounts accounts, in file order
 * @param assetClasses asset classes, parents before or after children, in file order
 * @param instruments instruments, in file order
 * @param positions positions, in file order
 * @param cash cash balances, in file order
 * @param prices latest price by symbol
 * @param fxRates rate into the base currency by currency
 * @param targets target weights
 * @param bands drift bands
 * @param costs cost schedules
 * @param restrictions trading restrictions by symbol
 * @param cashPolicy the cash floor
 */
public record Portfolio(
    String name,
    String description,
    String baseCurrency,
    Instant asOf,
    List<Account> accounts,
    List<AssetClass> assetClasses,
    List<Instrument> instruments,
    List<Position> positions,
    List<CashBalance> cash,
    Map<String, Price> prices,
    Map<String, FxRate> fxRates,
    TargetAllocation targets,
    BandPolicy bands,
    CostModel costs,
    Map<String, Restriction> restrictions,
    CashPolicy cashPolicy) {

  public Portfolio {
    Checks.text(name, "name");
    Objects.requireNonNull(description, "description");
    Checks.currency(baseCurrency, "baseCurrency");
    Objects.requireNonNull(asOf, "asOf");
    accounts = List.copyOf(accounts);
    assetClasses = List.copyOf(assetClasses);
    instruments = List.copyOf(instruments);
    positions = List.copyOf(positions);
    cash = List.copyOf(cash);
    prices = Collections.unmodifiableSortedMap(new TreeMap<>(prices));
    fxRates = Collections.unmodifiableSortedMap(new TreeMap<>(fxRates));
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(bands, "bands");
    Objects.requireNonNull(costs, "costs");
    restrictions = Collections.unmodifiableSortedMap(new TreeMap<>(restrictions));
    Objects.requireNonNull(cashPolicy, "cashPolicy");
  }

  /** Instruments by symbol; the first wins when a symbol repeats (which validation reports). */
  public Map<String, Instrument> instrumentsBySymbol() {
    return index(instruments, Instrument::symbol);
  }

  /** Asset classes by id; the first wins when an id repeats. */
  public Map<String, AssetClass> assetClassesById() {
    return index(assetClasses, AssetClass::id);
  }

  /** Accounts by id; the first wins when an id repeats. */
  public Map<String, Account> accountsById() {
    return index(accounts, Account::id);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> byKey = new LinkedHashMap<>(items.size() * 2);
    for (T item : items) {
      byKey.putIfAbsent(key.apply(item), item);
    }
    return Collections.unmodifiableMap(byKey);
  }

  /** A copy with other targets. */
  public Portfolio withTargets(TargetAllocation newTargets) {
    return new Portfolio(
        name,
        description,
        baseCurrency,
        asOf,
        accounts,
        assetClasses,
        instruments,
        positions,
        cash,
        prices,
        fxRates,
        newTargets,
        bands,
        costs,
        restrictions,
        cashPolicy);
  }

  /** A copy with other drift bands. */
  public Portfolio withBands(BandPolicy newBands) {
    return new Portfolio(
        name,
        description,
        baseCurrency,
        asOf,
        accounts,
        assetClasses,
        instruments,
        positions,
        cash,
        prices,
        fxRates,
        targets,
        newBands,
        costs,
        restrictions,
        cashPolicy);
  }

  /** A copy with other trading restrictions. */
  public Portfolio withRestrictions(Map<String, Restriction> newRestrictions) {
    return new Portfolio(
        name,
        description,
        baseCurrency,
        asOf,
        accounts,
        assetClasses,
        instruments,
        positions,
        cash,
        prices,
        fxRates,
        targets,
        bands,
        costs,
        newRestrictions,
        cashPolicy);
  }
}
