package dev.keel.model.margin;

import java.math.BigDecimal;

/**
 * The margin levels of a spot margin account that borrows (Binance's cross margin): the margin
 * level is the account's assets over its debt; below {@code borrowLevel} it may borrow no more, at
 * {@code marginCallLevel} it is called, at {@code liquidationLevel} it is liquidated. Binance's
 * cross margin at 3x: 1.5, 1.3 and 1.1.
 *
 * @param borrowLevel the lowest level at which the account may still borrow, above the call level
 * @param marginCallLevel the level of a margin call, above the liquidation level
 * @param liquidationLevel the level of liquidation, above 1
 */
public record LoanLevels(
    BigDecimal borrowLevel, BigDecimal marginCallLevel, BigDecimal liquidationLevel) {

  public LoanLevels {
    if (liquidationLevel.compareTo(BigDecimal.ONE) <= 0) {
      throw new IllegalArgumentException(
          "liquidationLevel must be above 1 (assets over debt): "
              + liquidationLevel.toPlainString());
    }
    if (marginCallLevel.compareTo(liquidationLevel) <= 0) {
      throw new IllegalArgumentException(
          "marginCallLevel "
              + marginCallLevel.toPlainString()
              + " must be above liquidationLevel "
              + liquidationLevel.toPlainString());
    }
    if (borrowLevel.compareTo(marginCallLevel) <= 0) {
      throw new IllegalArgumentException(
          "borrowLevel "
              + borrowLevel.toPlainString()
              + " must be above marginCallLevel "
              + marginCallLevel.toPlainString());
    }
  }
}
