package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.engine.rebalance.Trade.Purpose;
import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Chooses how a trade's amount becomes whole lots ({@link Lots} does the arithmetic): the rounding
 * the step asks for, unless the extra lot it adds over rounding down would make the line worse.
 * Rounding never takes a line outside a band it was inside, and never takes a rebalanced line (or a
 * line sold for cash from outside its band) further from its target than it was. When the extra lot
 * is left out, a warning says what it would have done.
 */
final class LotRounding {
  /**
   * A lot worth less than this share of the slice moves no weight that shows (a tenth of a
   * percentage point): leaving it out is not worth a warning.
   */
  static final BigDecimal COARSE_SHARE = new BigDecimal("0.001");

  private final SliceBook book;
  private final OrderBook orders;
  private final SliceWarnings warnings;

  LotRounding(SliceBook book, OrderBook orders, SliceWarnings warnings) {
    this.book = book;
    this.orders = orders;
    this.warnings = warnings;
  }

  /** The whole-lot quantity of a trade of {@code amount} (base currency). */
  BigDecimal quantity(
      Instrument instrument, Side side, BigDecimal amount, Purpose purpose, RoundingMode mode) {
    BigDecimal unit = book.unitValue(instrument);
    BigDecimal lot = instrument.lotStep();
    BigDecimal chosen = Lots.quantityFor(amount, unit, lot, mode);
    if (chosen.signum() == 0 || chosen.multiply(unit).compareTo(amount) <= 0) {
      return chosen; // rounded down, or exact: no lot added
    }
    BigDecimal down = chosen.subtract(lot);
    BigDecimal sign = BigDecimal.valueOf(side.sign());
    BigDecimal before = orders.plannedValue(instrument);
    BigDecimal target = book.figures(instrument).targetValue();
    BigDecimal after = before.add(chosen.multiply(unit).multiply(sign));
    Optional<BigDecimal> limit =
        book.targets.instrumentBand(instrument).limitFor(book.target(instrument));
    BigDecimal total = book.totalAfterFlow();
    BigDecimal gapBefore = before.subtract(target).abs();
    BigDecimal gapAfter = after.subtract(target).abs();
    boolean insideBefore = limit.map(l -> gapBefore.compareTo(l.multiply(total)) <= 0).orElse(true);
    boolean insideAfter = limit.map(l -> gapAfter.compareTo(l.multiply(total)) <= 0).orElse(true);
    boolean further = gapAfter.compareTo(gapBefore) > 0;
    boolean mustNotGoFurther = purpose == Purpose.REBALANCE || !insideBefore;
    if ((insideBefore && !insideAfter) || (mustNotGoFurther && further)) {
      BigDecimal lotValue = unit.multiply(lot);
      if (lotValue.compareTo(COARSE_SHARE.multiply(total)) < 0) {
        return down;
      }
      BigDecimal stays = before.add(down.multiply(unit).multiply(sign));
      warnings.warn(
          Kind.COARSE_LOT,
          instrument.symbol(),
          new RebalanceWarning.CoarseLot(
              side,
              book.money(lotValue),
              SliceBook.weight(stays.subtract(target), total),
              SliceBook.weight(after.subtract(target), total),
              limit.orElse(null)));
      return down;
    }
    return chosen;
  }
}
