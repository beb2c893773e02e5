package dev.keel.ui.document;

import dev.keel.io.csv.HoldingsCsvImporter;
import dev.keel.io.text.DecimalText;
import dev.keel.model.AssetType;
import dev.keel.model.check.UnsafeCharacters;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The import dialog's state: what a holdings CSV does not say (the book's name, base currency, the
 * account, class and type of rows without them, FX rates for other currencies), with the same
 * defaults as {@code keel import-holdings}. Checked as the user types.
 */
public final class ImportViewModel {
  /** The types a CSV row may be imported as (derivatives need terms a CSV does not carry). */
  public static final List<AssetType> TYPES =
      List.of(AssetType.STOCK, AssetType.CRYPTO_SPOT, AssetType.STABLECOIN, AssetType.CASH);

  private static final Pattern CURRENCY = Pattern.compile("[A-Z0-9]{2,12}");
  private static final Pattern RATE =
      Pattern.compile("([A-Z0-9]{2,12})\\s*=\\s*([0-9]+(\\.[0-9]+)?)");

  private final StringProperty name = new SimpleStringProperty();
  private final StringProperty baseCurrency = new SimpleStringProperty("USD");
  private final StringProperty account = new SimpleStringProperty("main");
  private final StringProperty assetClass = new SimpleStringProperty("unclassified");
  private final ObjectProperty<AssetType> type = new SimpleObjectProperty<>(AssetType.STOCK);
  private final StringProperty fxRates = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

  /**
   * @param fileName the CSV's file name; its stem names the new book
   */
  public ImportViewModel(String fileName) {
    name.set(fileName.replaceFirst("\\.[^.]*$", ""));
    for (var input : List.of(name, baseCurrency, account, assetClass, fxRates)) {
      input.addListener((obs, old, now) -> check());
    }
    type.addListener((obs, old, now) -> check());
    check();
  }

  private void check() {
    error.set(problem());
  }

  private String problem() {
    if (blank(name.get())) {
      return "Name: give the new book a name";
    }
    if (baseCurrency.get() == null || !CURRENCY.matcher(baseCurrency.get().trim()).matches()) {
      return "Base currency: a code in capitals such as USD, EUR or USDT";
    }
    if (blank(account.get())) {
      return "Account: the account of rows without one, such as main";
    }
    if (blank(assetClass.get())) {
      return "Class: the asset class of rows without one, such as unclassified";
    }
    String unsafe =
        unsafe("Name", name.get())
            + unsafe("Account", account.get())
            + unsafe("Class", assetClass.get());
    if (!unsafe.isEmpty()) {
      return unsafe;
    }
    if (rates() == null) {
      return "FX rates: write them as EUR=1.08, GBP=1.27 (one unit in the base currency)";
    }
    return "";
  }

  /** What to say of a field that holds a character Keel refuses, empty when it holds none. */
  private static String unsafe(String field, String text) {
    String refusal = UnsafeCharacters.refusal(text);
    return refusal == null ? "" : field + ": " + refusal;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The FX rates typed, or {@code null} when they cannot be read. */
  private Map<String, BigDecimal> rates() {
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    String text = fxRates.get() == null ? "" : fxRates.get().trim();
    if (text.isEmpty()) {
      return rates;
    }
    for (String part : text.split("[,;]")) {
      var matcher = RATE.matcher(part.trim());
      if (!matcher.matches()) {
        return null;
      }
      // the file format's rules, its 30 digits included, as --fx on the command line
      DecimalText.Parsed rate = DecimalText.parse(matcher.group(2));
      if (!rate.isOk() || rate.value().signum() == 0) {
        return null;
      }
      rates.put(matcher.group(1), rate.value());
    }
    return rates;
  }

  /** The importer's options, dated {@code asOf}; only when {@link #errorProperty()} is empty. */
  public HoldingsCsvImporter.Options options(Instant asOf) {
    if (!error.get().isEmpty()) {
      throw new IllegalStateException(error.get());
    }
    return new HoldingsCsvImporter.Options(
        name.get().trim(),
        baseCurrency.get().trim(),
        asOf,
        account.get().trim(),
        assetClass.get().trim(),
        type.get(),
        rates());
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty baseCurrencyProperty() {
    return baseCurrency;
  }

  public StringProperty accountProperty() {
    return account;
  }

  public StringProperty assetClassProperty() {
    return assetClass;
  }

  public ObjectProperty<AssetType> typeProperty() {
    return type;
  }

  /** FX rates as typed: {@code EUR=1.08, GBP=1.27}. */
  public StringProperty fxRatesProperty() {
    return fxRates;
  }

  /** Which field is wrong and what to type, empty when the import can go ahead. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
