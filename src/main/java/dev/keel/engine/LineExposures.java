package dev.keel.engine;

import dev.keel.analytics.exposure.ExposureCalculator;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.market.MarketSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a book's perpetuals, futures and options add to its target lines on the delta basis: the
 * cash delta of each, counted toward the line of its underlying (BTC toward BTC; SPX toward SPY
 * when the underlyings map it there, times its beta), and what they add to equity (options at their
 * value, perpetuals and futures at their unrealised profit). Exposure to an underlying no line
 * takes is named, not counted.
 *
 * @param added cash delta added to each target line, base currency, by the line's symbol
 * @param derivativesValue what the derivatives add to equity, base currency
 * @param unmapped cash delta of each underlying no target line takes, base currency, by underlying
 */
public record LineExposures(
    Map<String, BigDecimal> added, BigDecimal derivativesValue, Map<String, BigDecimal> unmapped) {

  /** Nothing added: a book without derivatives. */
  public static final LineExposures NONE = new LineExposures(Map.of(), BigDecimal.ZERO, Map.of());

  /** Base-currency amounts from the analytics' doubles, at the engine's planning scale. */
  static final int SCALE = 8;

  public LineExposures {
    added = Collections.unmodifiableSortedMap(new TreeMap<>(added));
    unmapped = Collections.unmodifiableSortedMap(new TreeMap<>(unmapped));
  }

  /**
   * The exposure the derivatives among {@code positions} add.
   *
   * @param portfolio a valid portfolio
   * @param market the snapshot to value them under
   * @param positions the positions in scope (an account's, or the whole book's); spot positions
   *     among them are left out, as their value is counted already
   */
  public static LineExposures of(
      Portfolio portfolio, MarketSnapshot market, List<Position> positions) {
    Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
    List<Position> derivatives = new ArrayList<>();
    for (Position position : positions) {
      if (!instruments.get(position.symbol()).isAllocated()) {
        derivatives.add(position);
      }
    }
    if (derivatives.isEmpty()) {
      return NONE;
    }
    Map<String, BigDecimal> added = new LinkedHashMap<>();
    Map<String, BigDecimal> unmapped = new LinkedHashMap<>();
    double value = 0;
    for (PositionExposure exposure :
        ExposureCalculator.DEFAULT.positions(portfolio, market, derivatives)) {
      value += exposure.marketValue();
      TargetLine line = TargetLine.of(instruments, market, exposure.root());
      if (line != null) {
        added.merge(line.line(), money(exposure.cashDelta() * line.beta()), BigDecimal::add);
      } else {
        unmapped.merge(exposure.root(), money(exposure.cashDelta()), BigDecimal::add);
      }
    }
    return new LineExposures(added, money(value), unmapped);
  }

  /** A cash figure of the analytics as a base-currency amount: the one place doubles come back. */
  static BigDecimal money(double amount) {
    return BigDecimal.valueOf(amount).setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  /** The exposure added to each class, through every line in it and its sub-classes. */
  Map<String, BigDecimal> byClass(
      Map<String, Instrument> instruments, Map<String, dev.keel.model.AssetClass> classes) {
    Map<String, BigDecimal> byClass = new java.util.HashMap<>();
    added.forEach(
        (symbol, amount) -> {
          for (String id = instruments.get(symbol).assetClass();
              id != null;
              id = classes.get(id).parent()) {
            byClass.merge(id, amount, BigDecimal::add);
          }
        });
    return byClass;
  }

  /** One warning per underlying whose exposure no target line takes. */
  List<String> warnings(String baseCurrency) {
    List<String> warnings = new ArrayList<>();
    unmapped.forEach(
        (underlying, cashDelta) ->
            warnings.add(
                underlying
                    + ": "
                    + cashDelta.setScale(2, RoundingMode.HALF_UP).toPlainString()
                    + " "
                    + baseCurrency
                    + " of exposure that no target line takes: give it a line in underlyings"
                    + " (\"line\"), or hedge it"));
    return warnings;
  }

  /** The exposure added to a line, zero when none. */
  public BigDecimal addedTo(String symbol) {
    return added.getOrDefault(symbol, BigDecimal.ZERO);
  }
}
