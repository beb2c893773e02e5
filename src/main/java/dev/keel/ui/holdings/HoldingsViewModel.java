package dev.keel.ui.holdings;

import dev.keel.engine.DerivativeLine;
import dev.keel.engine.DriftAnalyzer;
import dev.keel.engine.DriftReport;
import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.model.BandPolicy;
import dev.keel.model.DriftBand;
import dev.keel.model.Portfolio;
import dev.keel.model.Restriction;
import dev.keel.model.TargetAllocation;
import dev.keel.model.TargetLevels;
import dev.keel.ui.common.Formats;
import dev.keel.ui.document.DocumentViewModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the holdings view: the drift of the open portfolio as edited, filtered by account, class
 * and a search text, and the in-place edits of target weights, bands and restrictions. Every edit
 * is checked first and refused with a reason; an accepted one goes to the document, so it can be
 * undone.
 */
public final class HoldingsViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(HoldingsViewModel.class);

  /** The choice of the account and class filters that keeps everything. */
  public static final String ALL = "All";

  private final DocumentViewModel document;
  private final ReadOnlyObjectWrapper<DriftReport> report = new ReadOnlyObjectWrapper<>();
  private final ObservableList<DriftRow> rows = FXCollections.observableArrayList();
  private final ObservableList<DriftRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<DerivativeLine> derivatives = FXCollections.observableArrayList();
  private final ObservableList<DerivativeLine> readOnlyDerivatives =
      FXCollections.unmodifiableObservableList(derivatives);
  private final ObservableList<String> accounts = FXCollections.observableArrayList(ALL);
  private final ObservableList<String> readOnlyAccounts =
      FXCollections.unmodifiableObservableList(accounts);
  private final ObservableList<String> classes = FXCollections.observableArrayList(ALL);
  private final ObservableList<String> readOnlyClasses =
      FXCollections.unmodifiableObservableList(classes);
  private final ObjectProperty<String> account = new SimpleObjectProperty<>(ALL);
  private final ObjectProperty<String> assetClass = new SimpleObjectProperty<>(ALL);
  private final StringProperty search = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper targetCheck = new ReadOnlyStringWrapper("");

  public HoldingsViewModel(DocumentViewModel document) {
    this.document = document;
    document.portfolioProperty().addListener((obs, old, portfolio) -> analyse(portfolio));
    account.addListener((obs, old, now) -> filter());
    assetClass.addListener((obs, old, now) -> filter());
    search.addListener((obs, old, now) -> filter());
    analyse(document.portfolio());
  }

  // ---- drift and filters ----------------------------------------------------------------------

  private void analyse(Portfolio portfolio) {
    if (portfolio == null) {
      report.set(null);
      rows.clear();
      derivatives.clear();
      return;
    }
    DriftReport drift;
    try {
      drift = DriftAnalyzer.DEFAULT.analyze(portfolio);
    } catch (RuntimeException e) {
      // a bug, not a user error: keep what is shown and say where the details are
      LOG.error("drift analysis failed for {}", portfolio.name(), e);
      document.report("Unexpected error while analysing the portfolio: " + e + " (details in log)");
      return;
    }
    report.set(drift);
    derivatives.setAll(drift.derivatives());
    List<String> accountIds = new ArrayList<>(List.of(ALL));
    portfolio.accounts().forEach(a -> accountIds.add(a.id()));
    replaceChoices(accounts, accountIds, account);
    List<String> classNames = new ArrayList<>(List.of(ALL));
    portfolio.assetClasses().forEach(c -> classNames.add(c.name()));
    replaceChoices(classes, classNames, assetClass);
    summary.set(summary(portfolio, drift));
    targetCheck.set(targetCheck(portfolio));
    filter();
  }

  /** Whether a filter keeps everything; a choice box briefly holds no value while refilled. */
  private static boolean isAll(String choice) {
    return choice == null || ALL.equals(choice);
  }

  private static void replaceChoices(
      ObservableList<String> choices, List<String> now, ObjectProperty<String> chosen) {
    if (!choices.equals(now)) {
      choices.setAll(now);
    }
    if (!now.contains(chosen.get())) {
      chosen.set(ALL);
    }
  }

  /** Keeps the rows that match the filters, with the class rows above them. */
  private void filter() {
    DriftReport drift = report.get();
    if (drift == null) {
      rows.clear();
      return;
    }
    String text = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
    String classId = classIdOf(assetClass.get());
    boolean filtered = !text.isEmpty() || !isAll(account.get()) || classId != null;
    if (!filtered) {
      rows.setAll(drift.rows());
      return;
    }
    Map<String, DriftRow> classRows = new HashMap<>();
    for (DriftRow row : drift.rows()) {
      if (row.kind() == RowKind.ASSET_CLASS) {
        classRows.put(row.key(), row);
      }
    }
    Set<DriftRow> keep = new LinkedHashSet<>();
    for (DriftRow row : drift.rows()) {
      if (row.kind() != RowKind.INSTRUMENT || !matches(row, text, classId, classRows)) {
        continue;
      }
      keep.add(row);
      for (String parent = row.parent(); parent != null; ) {
        DriftRow above = classRows.get(parent);
        if (above == null) {
          break;
        }
        keep.add(above);
        parent = above.parent();
      }
    }
    List<DriftRow> shown = new ArrayList<>();
    for (DriftRow row : drift.rows()) {
      if (keep.contains(row)) {
        shown.add(row);
      }
    }
    rows.setAll(shown);
  }

  private boolean matches(
      DriftRow row, String text, String classId, Map<String, DriftRow> classRows) {
    if (!text.isEmpty()
        && !row.key().toLowerCase(Locale.ROOT).contains(text)
        && !row.label().toLowerCase(Locale.ROOT).contains(text)) {
      return false;
    }
    if (!isAll(account.get())
        && row.holdings().stream().noneMatch(h -> h.account().equals(account.get()))) {
      return false;
    }
    if (classId == null) {
      return true;
    }
    for (String parent = row.parent(); parent != null; ) {
      if (parent.equals(classId)) {
        return true;
      }
      DriftRow above = classRows.get(parent);
      parent = above == null ? null : above.parent();
    }
    return false;
  }

  private String classIdOf(String className) {
    Portfolio portfolio = document.portfolio();
    if (portfolio == null || isAll(className)) {
      return null;
    }
    return portfolio.assetClasses().stream()
        .filter(c -> c.name().equals(className))
        .map(c -> c.id())
        .findFirst()
        .orElse(null);
  }

  private static String summary(Portfolio portfolio, DriftReport drift) {
    int breached = drift.breached().size();
    int derivatives = drift.derivatives().size();
    return "Total "
        + Formats.money(drift.totalValue())
        + " "
        + drift.baseCurrency()
        + " (cash "
        + Formats.money(drift.cashValue())
        + ") · "
        + portfolio.positions().size()
        + " positions"
        + (derivatives == 0 ? "" : " (" + derivatives + " derivatives, not in the allocation)")
        + ", "
        + (!drift.targetsSet()
            ? "no targets set"
            : breached == 0 ? "all bands respected" : breached + " band(s) breached");
  }

  private static String targetCheck(Portfolio portfolio) {
    List<String> parts = new ArrayList<>();
    for (TargetLevels.Level level : TargetLevels.incomplete(portfolio)) {
      BigDecimal remaining = level.remaining();
      parts.add(
          level.name()
              + (remaining.signum() > 0
                  ? " has " + Formats.percent(remaining) + " left to assign"
                  : " is over by " + Formats.percent(remaining.negate())));
    }
    return parts.isEmpty() ? "" : "Targets do not add up: " + String.join("; ", parts);
  }

  // ---- in-place edits -------------------------------------------------------------------------

  /** The weight a row's target is set as: within its parent class (or of the whole book). */
  public String weightText(DriftRow row) {
    Portfolio portfolio = document.portfolio();
    if (portfolio == null) {
      return "";
    }
    Optional<BigDecimal> weight =
        switch (row.kind()) {
          case CASH -> Optional.of(portfolio.targets().cash());
          case ASSET_CLASS -> portfolio.targets().classWeight(row.key());
          case INSTRUMENT -> portfolio.targets().instrumentWeight(row.key());
        };
    return weight.map(WeightText::format).orElse("");
  }

  /** Why {@code text} cannot be a weight, checked as the user types; empty when it can. */
  public Optional<String> checkWeight(String text) {
    return WeightText.parse(text).error();
  }

  /** Why {@code text} cannot be a band, checked as the user types; empty when it can. */
  public Optional<String> checkBand(String text) {
    return BandText.parse(text).error();
  }

  /**
   * Sets a row's weight within its parent from what the user typed ("40", "40 %", "12.5%"; empty
   * clears it). Returns why it was refused, or empty when it was applied.
   */
  public Optional<String> editWeight(DriftRow row, String text) {
    Portfolio portfolio = document.portfolio();
    if (portfolio == null) {
      return Optional.of("no portfolio is open");
    }
    WeightText.Parsed parsed = WeightText.parse(text);
    if (parsed.error().isPresent()) {
      return parsed.error();
    }
    BigDecimal weight = parsed.value();
    TargetAllocation targets = portfolio.targets();
    TargetAllocation edited =
        switch (row.kind()) {
          case CASH -> targets.withCash(weight == null ? BigDecimal.ZERO : weight);
          case ASSET_CLASS -> withWeight(targets, targets.classes(), row.key(), weight, true);
          case INSTRUMENT -> withWeight(targets, targets.instruments(), row.key(), weight, false);
        };
    document.edit(
        portfolio.toBuilder().targets(edited).build(),
        "target of "
            + name(row)
            + (weight == null ? " cleared" : " set to " + WeightText.format(weight)));
    return Optional.empty();
  }

  private static TargetAllocation withWeight(
      TargetAllocation targets,
      Map<String, BigDecimal> current,
      String key,
      BigDecimal weight,
      boolean isClass) {
    if (weight != null) {
      return isClass
          ? targets.withClassWeight(key, weight)
          : targets.withInstrumentWeight(key, weight);
    }
    Map<String, BigDecimal> without = new TreeMap<>(current);
    without.remove(key);
    return isClass
        ? new TargetAllocation(targets.cash(), without, targets.instruments())
        : new TargetAllocation(targets.cash(), targets.classes(), without);
  }

  /** The band a row has of its own, as typed: "5" (absolute pp) or "5 / 25"; empty if inherited. */
  public String bandText(DriftRow row) {
    Portfolio portfolio = document.portfolio();
    if (portfolio == null) {
      return "";
    }
    BandPolicy bands = portfolio.bands();
    DriftBand own =
        switch (row.kind()) {
          case CASH -> bands.cash();
          case ASSET_CLASS -> bands.classes().get(row.key());
          case INSTRUMENT -> bands.instruments().get(row.key());
        };
    return own == null ? "" : BandText.format(own);
  }

  /**
   * Sets a row's own band from what the user typed: "5" for ±5 pp, "5/25" for the 5/25 rule, "/25"
   * for relative only; empty to inherit again. Returns why it was refused, or empty.
   */
  public Optional<String> editBand(DriftRow row, String text) {
    Portfolio portfolio = document.portfolio();
    if (portfolio == null) {
      return Optional.of("no portfolio is open");
    }
    BandText.Parsed parsed = BandText.parse(text);
    if (parsed.error().isPresent()) {
      return parsed.error();
    }
    DriftBand band = parsed.band();
    BandPolicy bands = portfolio.bands();
    Map<String, DriftBand> classBands = new TreeMap<>(bands.classes());
    Map<String, DriftBand> instrumentBands = new TreeMap<>(bands.instruments());
    DriftBand cashBand = bands.cash();
    switch (row.kind()) {
      case CASH -> cashBand = band;
      case ASSET_CLASS -> put(classBands, row.key(), band);
      case INSTRUMENT -> put(instrumentBands, row.key(), band);
    }
    BandPolicy edited = new BandPolicy(bands.defaultBand(), cashBand, classBands, instrumentBands);
    document.edit(
        portfolio.toBuilder().bands(edited).build(),
        "band of "
            + name(row)
            + (band == null ? " inherited again" : " set to " + BandText.format(band)));
    return Optional.empty();
  }

  private static <V> void put(Map<String, V> map, String key, V value) {
    if (value == null) {
      map.remove(key);
    } else {
      map.put(key, value);
    }
  }

  /** The restriction on an instrument row, or {@code null}. */
  public Restriction restriction(DriftRow row) {
    Portfolio portfolio = document.portfolio();
    return portfolio == null || row.kind() != RowKind.INSTRUMENT
        ? null
        : portfolio.restrictions().get(row.key());
  }

  /** Sets or clears ({@code null}) an instrument's trading restriction. */
  public Optional<String> editRestriction(DriftRow row, Restriction restriction) {
    Portfolio portfolio = document.portfolio();
    if (portfolio == null) {
      return Optional.of("no portfolio is open");
    }
    if (row.kind() != RowKind.INSTRUMENT) {
      return Optional.of("only instruments can be restricted");
    }
    if (restriction == restriction(row)) {
      return Optional.empty();
    }
    Map<String, Restriction> restrictions = new TreeMap<>(portfolio.restrictions());
    put(restrictions, row.key(), restriction);
    document.edit(
        portfolio.toBuilder().restrictions(restrictions).build(),
        row.key() + (restriction == null ? " unrestricted" : " marked " + restriction.label()));
    return Optional.empty();
  }

  private static String name(DriftRow row) {
    return row.kind() == RowKind.INSTRUMENT ? row.key() : row.label();
  }

  // ---- state ----------------------------------------------------------------------------------

  public ReadOnlyObjectProperty<DriftReport> reportProperty() {
    return report.getReadOnlyProperty();
  }

  /** The drift lines that pass the filters, in report order (classes above their lines). */
  public ObservableList<DriftRow> rows() {
    return readOnlyRows;
  }

  /** The derivative positions: exposure shown beside the allocation, not weighted in it. */
  public ObservableList<DerivativeLine> derivatives() {
    return readOnlyDerivatives;
  }

  /** "All" and every account id. */
  public ObservableList<String> accounts() {
    return readOnlyAccounts;
  }

  /** "All" and every class name. */
  public ObservableList<String> classes() {
    return readOnlyClasses;
  }

  public ObjectProperty<String> accountProperty() {
    return account;
  }

  public ObjectProperty<String> assetClassProperty() {
    return assetClass;
  }

  public StringProperty searchProperty() {
    return search;
  }

  /** The book's total and cash, positions, derivatives and breached bands in one line. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Which target levels do not sum to 100 % and by how much; empty when all do. */
  public ReadOnlyStringProperty targetCheckProperty() {
    return targetCheck.getReadOnlyProperty();
  }
}
