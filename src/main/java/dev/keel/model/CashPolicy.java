package dev.keel.model;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;

/**
 * How much cash must stay uninvested. The cash target weight lives in {@link TargetAllocation};
 * this is the hard floor below which no trade may take cash.
 *
 * @param minimumAmount cash, in the base currency, each account keeps after all trades and fees
 */
public record CashPolicy(BigDecimal minimumAmount) {

  /** No floor. */
  public static final CashPolicy NONE = new CashPolicy(BigDecimal.ZERO);

  public CashPolicy {
    Checks.nonNegative(minimumAmount, "minimumAmount");
  }
}
