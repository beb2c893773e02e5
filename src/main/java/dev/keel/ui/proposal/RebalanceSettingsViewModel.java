package dev.keel.ui.proposal;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.RebalanceSettings.Destination;
import dev.keel.engine.rebalance.RebalanceSettings.Mode;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.engine.rebalance.RebalanceSettings.Trigger;
import dev.keel.model.Portfolio;
import dev.keel.ui.common.TypedNumbers;
import dev.keel.ui.document.DocumentViewModel;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rebalance settings as the panel shows them: every setting of the engine as chosen or typed,
 * read into {@link RebalanceSettings} or the sentence that says which field is wrong; the order
 * type the export dialog starts from; and the text they are remembered as between starts.
 *
 * <p>The {@link BookSettings book's own settings} (cash flow, its amount and account, mode) go with
 * the book: when another book opens they are remembered for the one left (by its file) and restored
 * for the one opened, or reset when none are remembered for it, and {@link #bookNoteProperty()}
 * says which. The others are the trader's and stay as they are.
 */
public final class RebalanceSettingsViewModel {
  /** Whether money comes in, goes out, or neither. */
  public enum CashFlow {
    NONE,
    DEPOSIT,
    WITHDRAW
  }

  private final ObjectProperty<Trigger> trigger = new SimpleObjectProperty<>(Trigger.THRESHOLD);
  private final ObjectProperty<Destination> destination =
      new SimpleObjectProperty<>(Destination.TARGET);
  private final StringProperty fraction = new SimpleStringProperty("50");
  private final ObjectProperty<CashFlow> cashFlow = new SimpleObjectProperty<>(CashFlow.NONE);
  private final StringProperty cashFlowAmount = new SimpleStringProperty("");
  private final ObjectProperty<String> cashFlowAccount = new SimpleObjectProperty<>();
  private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.BUY_SELL);
  private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.ACCOUNT);
  private final StringProperty minTrade = new SimpleStringProperty("");
  private final StringProperty maxTurnover = new SimpleStringProperty("");
  private final ObjectProperty<OrderTerms.OrderType> orderType =
      new SimpleObjectProperty<>(OrderTerms.OrderType.MARKET);
  private final StringProperty limitOffset = new SimpleStringProperty("10");
  private final ObservableList<String> accounts = FXCollections.observableArrayList();
  private final ObservableList<String> readOnlyAccounts =
      FXCollections.unmodifiableObservableList(accounts);
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<SettingsOrError> readSettings = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper bookNote = new ReadOnlyStringWrapper("");

  private final DocumentViewModel document;
  private final BookSwitch books;

  /** True while another book's settings are being put in place: read once, when all are. */
  private boolean switchingBook;

  /** The settings that shape a proposal (the order type and offset only shape the export). */
  private final List<ObservableValue<?>> inputs =
      List.of(
          trigger,
          destination,
          fraction,
          cashFlow,
          cashFlowAmount,
          cashFlowAccount,
          mode,
          scope,
          minTrade,
          maxTurnover);

  public RebalanceSettingsViewModel(DocumentViewModel document, BookSettingsMemory memory) {
    this.document = document;
    this.books = new BookSwitch(document, memory);
    inputs.forEach(input -> input.addListener((obs, old, now) -> check()));
    List<ObservableValue<?>> ownOfTheBook =
        List.of(cashFlow, cashFlowAmount, cashFlowAccount, mode);
    ownOfTheBook.forEach(input -> input.addListener((obs, old, now) -> bookSettingChanged()));
    // Told of every portfolio put in place, even one equal to the last (another file of the same
    // content), and before the proposal hears of it: the settings are the new book's by then.
    document.portfolioProperty().addListener((Observable replaced) -> portfolioReplaced());
    document.fileProperty().addListener((obs, old, now) -> books.fileChanged());
    updateAccounts(document.portfolio());
    check();
  }

  private void portfolioReplaced() {
    Portfolio now = document.portfolio();
    if (!books.isAnotherBook()) {
      updateAccounts(now); // an edit, an undo or a redo of the same book
      return;
    }
    BookSettings leaving = bookSettings(); // before the accounts change under it
    switchingBook = true;
    try {
      updateAccounts(now);
      BookSwitch.Arrival arrival = books.switchBook(leaving, now, accounts);
      set(arrival.settings());
      bookNote.set(arrival.note());
    } finally {
      switchingBook = false;
    }
    check();
  }

  private void set(BookSettings settings) {
    cashFlow.set(settings.cashFlow());
    cashFlowAmount.set(settings.amount());
    cashFlowAccount.set(
        settings.account() != null && accounts.contains(settings.account())
            ? settings.account()
            : firstAccount());
    mode.set(settings.mode());
  }

  private String firstAccount() {
    return accounts.isEmpty() ? null : accounts.get(0);
  }

  /** A book's setting changed by the user: the note on where it came from is no longer true. */
  private void bookSettingChanged() {
    if (!switchingBook) {
      bookNote.set("");
    }
  }

  private void updateAccounts(Portfolio portfolio) {
    List<String> ids =
        portfolio == null ? List.of() : portfolio.accounts().stream().map(a -> a.id()).toList();
    if (!accounts.equals(ids)) {
      accounts.setAll(ids);
    }
    if (cashFlowAccount.get() == null || !ids.contains(cashFlowAccount.get())) {
      cashFlowAccount.set(firstAccount());
    }
  }

  private void check() {
    if (switchingBook) {
      return;
    }
    SettingsOrError read = read();
    readSettings.set(read);
    error.set(read.error() == null ? "" : read.error());
  }

  /**
   * The settings that shape a proposal, as last read: a change asks for a new one. When another
   * book opens it changes once, with all of that book's settings in place.
   */
  ReadOnlyObjectProperty<SettingsOrError> readSettingsProperty() {
    return readSettings.getReadOnlyProperty();
  }

  // ---- reading --------------------------------------------------------------------------------

  /** The engine's settings from the panel, or why they cannot be read. */
  public SettingsOrError read() {
    RebalanceSettings.Builder builder =
        RebalanceSettings.builder().trigger(trigger.get()).mode(mode.get()).scope(scope.get());
    switch (destination.get()) {
      case TARGET -> builder.toTarget();
      case BAND_EDGE -> builder.toBandEdge();
      case PARTIAL -> {
        Optional<BigDecimal> share = percent(fraction.get(), false);
        if (share.isEmpty()) {
          return SettingsOrError.error(
              "Share of the band: type a percentage between 0 and 100, such as 50");
        }
        builder.partial(share.get());
      }
    }
    if (cashFlow.get() != CashFlow.NONE) {
      Optional<BigDecimal> amount = TypedNumbers.money(cashFlowAmount.get());
      if (amount.isEmpty() || amount.get().signum() == 0) {
        return SettingsOrError.error(
            (cashFlow.get() == CashFlow.DEPOSIT ? "Deposit" : "Withdrawal")
                + ": type an amount above zero in the base currency, such as 10000");
      }
      if (cashFlow.get() == CashFlow.DEPOSIT) {
        builder.deposit(amount.get());
      } else {
        builder.withdraw(amount.get());
      }
      builder.cashFlowAccount(cashFlowAccount.get());
    }
    if (!minTrade.get().isBlank()) {
      Optional<BigDecimal> minimum = TypedNumbers.money(minTrade.get());
      if (minimum.isEmpty()) {
        return SettingsOrError.error(
            "Minimum trade: type an amount in the base currency, such as 100, or leave it empty");
      }
      builder.minTradeNotional(minimum.get());
    }
    if (!maxTurnover.get().isBlank()) {
      Optional<BigDecimal> cap = percent(maxTurnover.get(), true);
      if (cap.isEmpty()) {
        return SettingsOrError.error(
            "Turnover cap: type a percentage of the book such as 20, or leave it empty");
      }
      builder.maxTurnover(cap.get());
    }
    return SettingsOrError.of(builder.build());
  }

  /** Settings, or the sentence that says which field is wrong and what to type. */
  public record SettingsOrError(RebalanceSettings settings, String error) {
    static SettingsOrError of(RebalanceSettings settings) {
      return new SettingsOrError(settings, null);
    }

    static SettingsOrError error(String error) {
      return new SettingsOrError(null, error);
    }
  }

  private static Optional<BigDecimal> percent(String text, boolean mayExceedHundred) {
    return TypedNumbers.percent(text)
        .filter(value -> mayExceedHundred || value.compareTo(BigDecimal.ONE) <= 0);
  }

  // ---- remembering ----------------------------------------------------------------------------

  /**
   * The trader's settings as text, to remember between starts; the book's own ({@link
   * #bookSettings()}) are remembered with its file instead.
   */
  public Map<String, String> toText() {
    Map<String, String> text = new LinkedHashMap<>();
    text.put("trigger", trigger.get().name());
    text.put("destination", destination.get().name());
    text.put("fraction", fraction.get());
    text.put("scope", scope.get().name());
    text.put("minTrade", minTrade.get());
    text.put("maxTurnover", maxTurnover.get());
    text.put("orderType", orderType.get().name());
    text.put("limitOffset", limitOffset.get());
    return text;
  }

  /**
   * Sets the trader's settings {@code text} remembers; a setting it lacks or cannot name keeps its
   * value. A cash flow or mode in it (as files of earlier versions hold) is left alone: those are a
   * book's own.
   */
  public void restore(Map<String, String> text) {
    restore(text.get("trigger"), Trigger.class, trigger::set);
    restore(text.get("destination"), Destination.class, destination::set);
    restore(text.get("scope"), Scope.class, scope::set);
    restore(text.get("orderType"), OrderTerms.OrderType.class, orderType::set);
    List<Map.Entry<String, StringProperty>> typed =
        List.of(
            Map.entry("limitOffset", limitOffset),
            Map.entry("fraction", fraction),
            Map.entry("minTrade", minTrade),
            Map.entry("maxTurnover", maxTurnover));
    for (Map.Entry<String, StringProperty> field : typed) {
      if (text.containsKey(field.getKey())) {
        field.getValue().set(text.get(field.getKey()));
      }
    }
  }

  /** The book's own settings as they are now. */
  public BookSettings bookSettings() {
    return new BookSettings(
        cashFlow.get(), cashFlowAmount.get(), cashFlowAccount.get(), mode.get());
  }

  /** Remembers the open book's own settings with its file (a book without one keeps none). */
  public void rememberBook() {
    books.remember(bookSettings());
  }

  /** Sets an enum setting from its remembered name; an unknown name keeps the value. */
  private static <E extends Enum<E>> void restore(String name, Class<E> type, Consumer<E> set) {
    if (name == null) {
      return;
    }
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(name)) {
        set.accept(value);
        return;
      }
    }
  }

  // ---- state ----------------------------------------------------------------------------------

  public ObjectProperty<Trigger> triggerProperty() {
    return trigger;
  }

  public ObjectProperty<Destination> destinationProperty() {
    return destination;
  }

  /** The share of the band a partial destination keeps, in percent ("50" is halfway). */
  public StringProperty fractionProperty() {
    return fraction;
  }

  public ObjectProperty<CashFlow> cashFlowProperty() {
    return cashFlow;
  }

  /** The deposit or withdrawal in the base currency, as typed. */
  public StringProperty cashFlowAmountProperty() {
    return cashFlowAmount;
  }

  public ObjectProperty<String> cashFlowAccountProperty() {
    return cashFlowAccount;
  }

  public ObjectProperty<Mode> modeProperty() {
    return mode;
  }

  public ObjectProperty<Scope> scopeProperty() {
    return scope;
  }

  /** The smallest trade worth making, base currency, as typed (empty for none). */
  public StringProperty minTradeProperty() {
    return minTrade;
  }

  /** The most the trades may turn over, percent of the book, as typed (empty for no cap). */
  public StringProperty maxTurnoverProperty() {
    return maxTurnover;
  }

  /**
   * Market or limit orders: not part of the proposal, the export dialog starts from it (and from
   * {@link #limitOffsetProperty()}).
   */
  public ObjectProperty<OrderTerms.OrderType> orderTypeProperty() {
    return orderType;
  }

  /** The limit orders' offset from the reference price, in basis points, as typed. */
  public StringProperty limitOffsetProperty() {
    return limitOffset;
  }

  /** The accounts a deposit or withdrawal can go to. */
  public ObservableList<String> accounts() {
    return readOnlyAccounts;
  }

  /**
   * Where the book's own settings came from when it opened: restored for this book, or reset, and
   * why; empty once one of them is changed.
   */
  public ReadOnlyStringProperty bookNoteProperty() {
    return bookNote.getReadOnlyProperty();
  }

  /** Which setting cannot be read, empty when all can. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
