package dev.keel.model;

import dev.keel.model.check.Checks;
import dev.keel.model.margin.MarginGuard;
import dev.keel.model.market.MarketSnapshot;
import dev.keel.model.stress.StressGroup;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A whole portfolio file: the book (what is held), the mandate (what the user asks of it) and the
 * market snapshot it was last valued with, under a name and a base currency.
 *
 * <p>Cross-references (a position naming an account, weights summing to one) are not enforced here,
 * so a portfolio can be held while the user is still editing it: {@link PortfolioValidator} says
 * what is wrong. Calculations take the snapshot as an argument of their own, so the same book can
 * be valued under another one; the snapshot here is the one the file carries. Copies with changes
 * are made through {@link #toBuilder()}.
 *
 * @param name display name
 * @param description free text, for example where the prices come from; may be empty
 * @param baseCurrency currency all values are reported in, and FX rates are quoted into
 * @param book accounts, classes, instruments, positions and cash
 * @param mandate targets, bands, costs, restrictions and cash policy
 * @param market prices and FX rates as of the book's time
 */
public record Portfolio(
    String name,
    String description,
    String baseCurrency,
    Book book,
    Mandate mandate,
    MarketSnapshot market) {

  public Portfolio {
    Checks.text(name, "name");
    Checks.plain(description, "description");
    Checks.currency(baseCurrency, "baseCurrency");
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(mandate, "mandate");
    Objects.requireNonNull(market, "market");
  }

  /** A builder with nothing set but the defaults: an empty book, no mandate. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this portfolio, for a copy with changes. */
  public Builder toBuilder() {
    return new Builder()
        .name(name)
        .description(description)
        .baseCurrency(baseCurrency)
        .book(book)
        .mandate(mandate)
        .market(market);
  }

  /** The time the portfolio describes: its snapshot's. */
  public Instant asOf() {
    return market.asOf();
  }

  public List<Account> accounts() {
    return book.accounts();
  }

  public List<AssetClass> assetClasses() {
    return book.assetClasses();
  }

  public List<Instrument> instruments() {
    return book.instruments();
  }

  public List<Position> positions() {
    return book.positions();
  }

  public List<CashBalance> cash() {
    return book.cash();
  }

  public TargetAllocation targets() {
    return mandate.targets();
  }

  public BandPolicy bands() {
    return mandate.bands();
  }

  public CostModel costs() {
    return mandate.costs();
  }

  public Map<String, Restriction> restrictions() {
    return mandate.restrictions();
  }

  public CashPolicy cashPolicy() {
    return mandate.cashPolicy();
  }

  public ExposureBasis exposureBasis() {
    return mandate.exposureBasis();
  }

  public Map<String, String> hedges() {
    return mandate.hedges();
  }

  /** Instruments by symbol; the first wins when a symbol repeats (which validation reports). */
  public List<StressGroup> stressGroups() {
    return mandate.stressGroups();
  }

  public MarginGuard guard() {
    return mandate.guard();
  }

  public Map<String, Instrument> instrumentsBySymbol() {
    return index(book.instruments(), Instrument::symbol);
  }

  /** Asset classes by id; the first wins when an id repeats. */
  public Map<String, AssetClass> assetClassesById() {
    return index(book.assetClasses(), AssetClass::id);
  }

  /** Accounts by id; the first wins when an id repeats. */
  public Map<String, Account> accountsById() {
    return index(book.accounts(), Account::id);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> byKey = new LinkedHashMap<>(items.size() * 2);
    for (T item : items) {
      byKey.putIfAbsent(key.apply(item), item);
    }
    return Collections.unmodifiableMap(byKey);
  }

  /**
   * Builds a portfolio, or a copy of one with some parts changed: each setter replaces one part of
   * the book, the mandate or the whole snapshot.
   */
  public static final class Builder {
    private String name;
    private String description = "";
    private String baseCurrency;
    private List<Account> accounts = List.of();
    private List<AssetClass> assetClasses = List.of();
    private List<Instrument> instruments = List.of();
    private List<Position> positions = List.of();
    private List<CashBalance> cash = List.of();
    private TargetAllocation targets = Mandate.NONE.targets();
    private BandPolicy bands = Mandate.NONE.bands();
    private CostModel costs = Mandate.NONE.costs();
    private Map<String, Restriction> restrictions = Mandate.NONE.restrictions();
    private CashPolicy cashPolicy = Mandate.NONE.cashPolicy();
    private ExposureBasis exposureBasis = Mandate.NONE.exposureBasis();
    private Map<String, String> hedges = Mandate.NONE.hedges();
    private List<StressGroup> stressGroups = Mandate.NONE.stressGroups();
    private MarginGuard guard = Mandate.NONE.guard();
    private MarketSnapshot market;

    private Builder() {}

    public Builder name(String value) {
      name = value;
      return this;
    }

    public Builder description(String value) {
      description = value;
      return this;
    }

    public Builder baseCurrency(String value) {
      baseCurrency = value;
      return this;
    }

    /** Every part of the book at once. */
    public Builder book(Book value) {
      return accounts(value.accounts())
          .assetClasses(value.assetClasses())
          .instruments(value.instruments())
          .positions(value.positions())
          .cash(value.cash());
    }

    public Builder accounts(List<Account> value) {
      accounts = value;
      return this;
    }

    public Builder assetClasses(List<AssetClass> value) {
      assetClasses = value;
      return this;
    }

    public Builder instruments(List<Instrument> value) {
      instruments = value;
      return this;
    }

    public Builder positions(List<Position> value) {
      positions = value;
      return this;
    }

    public Builder cash(List<CashBalance> value) {
      cash = value;
      return this;
    }

    /** Every part of the mandate at once. */
    public Builder mandate(Mandate value) {
      return targets(value.targets())
          .bands(value.bands())
          .costs(value.costs())
          .restrictions(value.restrictions())
          .cashPolicy(value.cashPolicy())
          .exposureBasis(value.exposureBasis())
          .hedges(value.hedges())
          .stressGroups(value.stressGroups())
          .guard(value.guard());
    }

    public Builder targets(TargetAllocation value) {
      targets = value;
      return this;
    }

    public Builder bands(BandPolicy value) {
      bands = value;
      return this;
    }

    public Builder costs(CostModel value) {
      costs = value;
      return this;
    }

    public Builder restrictions(Map<String, Restriction> value) {
      restrictions = value;
      return this;
    }

    public Builder cashPolicy(CashPolicy value) {
      cashPolicy = value;
      return this;
    }

    public Builder exposureBasis(ExposureBasis value) {
      exposureBasis = value;
      return this;
    }

    public Builder hedges(Map<String, String> value) {
      hedges = value;
      return this;
    }

    public Builder stressGroups(List<StressGroup> value) {
      stressGroups = value;
      return this;
    }

    public Builder guard(MarginGuard value) {
      guard = value;
      return this;
    }

    public Builder market(MarketSnapshot value) {
      market = value;
      return this;
    }

    public Portfolio build() {
      return new Portfolio(
          name,
          description,
          baseCurrency,
          new Book(accounts, assetClasses, instruments, positions, cash),
          new Mandate(
              targets,
              bands,
              costs,
              restrictions,
              cashPolicy,
              exposureBasis,
              hedges,
              stressGroups,
              guard),
          market);
    }
  }
}
