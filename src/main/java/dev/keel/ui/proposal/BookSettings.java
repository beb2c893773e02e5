package dev.keel.ui.proposal;

import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.RebalanceSettings.Mode;
import dev.keel.ui.common.Formats;
import dev.keel.ui.common.TypedNumbers;
import dev.keel.ui.proposal.RebalanceSettingsViewModel.CashFlow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rebalance settings that belong to one book rather than to the trader: the cash flow (none, a
 * deposit or a withdrawal), its amount as typed, the account it goes to, and the mode. They move
 * money or name an account of the book, so they are never carried to another book.
 *
 * @param account the cash flow's account, or {@code null} for the book's first account
 */
public record BookSettings(CashFlow cashFlow, String amount, String account, Mode mode) {
  /** What a book starts with: no cash flow, buy and sell. */
  public static final BookSettings DEFAULTS =
      new BookSettings(CashFlow.NONE, "", null, Mode.BUY_SELL);

  public BookSettings {
    Objects.requireNonNull(cashFlow, "cashFlow");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(mode, "mode");
  }

  /** These settings without their cash flow: none, no amount, the book's first account. */
  BookSettings withoutCashFlow() {
    return new BookSettings(CashFlow.NONE, "", null, mode);
  }

  /** The settings as text, key to value, to remember with the book's file. */
  public Map<String, String> toText() {
    Map<String, String> text = new LinkedHashMap<>();
    text.put("cashFlow", cashFlow.name());
    text.put("cashFlowAmount", amount);
    if (account != null) {
      text.put("cashFlowAccount", account);
    }
    text.put("mode", mode.name());
    return text;
  }

  /** The settings {@code text} remembers; what it lacks or cannot name takes its default. */
  public static BookSettings fromText(Map<String, String> text) {
    return new BookSettings(
        named(text.get("cashFlow"), CashFlow.class, DEFAULTS.cashFlow()),
        text.getOrDefault("cashFlowAmount", DEFAULTS.amount()),
        text.get("cashFlowAccount"),
        named(text.get("mode"), Mode.class, DEFAULTS.mode()));
  }

  private static <E extends Enum<E>> E named(String name, Class<E> type, E otherwise) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    return otherwise;
  }

  /** The cash flow in words: "deposit 25,000.00 USD into taxable", or "no cash flow". */
  String cashFlowWords(String currency) {
    if (cashFlow == CashFlow.NONE) {
      return "no cash flow";
    }
    String money =
        TypedNumbers.money(amount)
            .map(value -> Formats.money(value) + " " + currency)
            .orElse("'" + amount + "'");
    return (cashFlow == CashFlow.DEPOSIT ? "deposit " : "withdrawal ")
        + money
        + (cashFlow == CashFlow.DEPOSIT ? " into " : " from ")
        + account;
  }

  /** The mode in words, as the settings pane names it: "mode buy only". */
  String modeWords() {
    return "mode " + RebalanceSettings.label(mode).replace('-', ' ');
  }
}
