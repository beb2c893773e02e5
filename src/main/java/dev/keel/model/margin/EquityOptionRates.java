package dev.keel.model.margin;

import java.math.BigDecimal;

/**
 * The margin of an uncovered short equity or index option under the Cboe / FINRA 4210 rule, per
 * unit, in the underlying's currency, initial and maintenance alike: {@code premium + max(rate x S
 * - OTM, floor x S)} for a call and {@code premium + max(rate x S - OTM, floor x K)} for a put,
 * with {@code indexRate} in place of {@code rate} for an option on a broad index. The Cboe's: 20 %,
 * 15 % and 10 %.
 *
 * @param rate the share of the underlying's value for an option on a stock or fund, in (0, 1)
 * @param indexRate the same for an option on an index, in (0, 1)
 * @param floor the least share: of the underlying's value for a call, of the strike for a put, in
 *     (0, 1), at most either rate
 */
public record EquityOptionRates(BigDecimal rate, BigDecimal indexRate, BigDecimal floor) {

  public EquityOptionRates {
    Rates.belowOne(rate, "rate");
    Rates.belowOne(indexRate, "indexRate");
    Rates.belowOne(floor, "floor");
    if (floor.compareTo(rate) > 0 || floor.compareTo(indexRate) > 0) {
      throw new IllegalArgumentException(
          "floor " + floor.toPlainString() + " is above rate or indexRate: it is the least share");
    }
  }
}
