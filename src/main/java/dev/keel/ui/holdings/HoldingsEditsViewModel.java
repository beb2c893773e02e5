package dev.keel.ui.holdings;

import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.model.BandPolicy;
import dev.keel.model.DriftBand;
import dev.keel.model.ExposureBasis;
import dev.keel.model.Portfolio;
import dev.keel.model.Restriction;
import dev.keel.model.TargetAllocation;
import dev.keel.ui.document.DocumentViewModel;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The in-place edits of the holdings tree: a row's target weight within its parent, its own band,
 * and an instrument's trading restriction. What the user types is checked first and refused with a
 * reason; an accepted edit becomes a new portfolio in the document, so it can be undone. Rows are
 * known by key, so an edit made while the drift is recomputed applies to the portfolio as it is.
 */
public final class HoldingsEditsViewModel {
  private final DocumentViewModel document;

  public HoldingsEditsViewModel(DocumentViewModel document) {
    this.document = document;
  }

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

  /** The basis the open book's weights are on, {@code null} when none is open. */
  public ExposureBasis basis() {
    Portfolio portfolio = document.portfolio();
    return portfolio == null ? null : portfolio.exposureBasis();
  }

  /**
   * Weighs the book's lines by value or by delta-adjusted exposure: the mandate's {@code
   * exposureBasis}, saved with the book and undone like any edit.
   */
  public void editBasis(ExposureBasis basis) {
    Portfolio portfolio = document.portfolio();
    if (portfolio == null || basis == null || basis == portfolio.exposureBasis()) {
      return;
    }
    document.edit(
        portfolio.toBuilder().exposureBasis(basis).build(),
        basis == ExposureBasis.DELTA ? "Weights on delta exposure" : "Weights on value");
  }

  private static String name(DriftRow row) {
    return row.kind() == RowKind.INSTRUMENT ? row.key() : row.label();
  }
}
