package dev.keel.engine.guard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An account past one limit of the guard.
 *
 * @param account the account's id
 * @param guard the limit
 * @param figure the account's figure, {@code null} when it cannot be worked out (a margin balance
 *     not above 0 has no ratio and no leverage: past every limit on them)
 * @param limit the limit
 */
public record GuardBreach(String account, Guard guard, Double figure, BigDecimal limit) {

  /**
   * How far past the limit, as a share of it: 0.25 for a ratio of 62.5 % against 50 %; 10 when the
   * figure cannot be worked out. What de-risking trades make smaller.
   */
  public double shortfall() {
    if (figure == null) {
      return 10;
    }
    double limit = this.limit.doubleValue();
    return switch (guard) {
      case MAX_MARGIN_RATIO, MAX_LEVERAGE -> figure / limit - 1;
      case MIN_SHOCK_TO_LIQUIDATION -> 1 - Math.abs(figure) / limit;
      case MIN_HEALTH_FACTOR -> 1 - figure / limit;
    };
  }

  /** The breach in words: {@code binance: margin ratio 62.30 % above maxMarginRatio 50 %}. */
  public String text() {
    String shown =
        figure == null
            ? "cannot be worked out (margin balance not above 0)"
            : show(figure) + (guard.key().startsWith("max") ? " above " : " below ");
    return account
        + ": "
        + guard.figure()
        + " "
        + shown
        + (figure == null ? ", past " : "")
        + guard.key()
        + " "
        + show(limit.doubleValue());
  }

  private String show(double value) {
    return switch (guard) {
      case MAX_MARGIN_RATIO, MIN_SHOCK_TO_LIQUIDATION -> decimal(Math.abs(value) * 100, 2) + " %";
      case MAX_LEVERAGE -> decimal(value, 2) + "x";
      case MIN_HEALTH_FACTOR -> decimal(value, 3);
    };
  }

  private static String decimal(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
  }
}
