package dev.keel.ui.exposure;

import dev.keel.TestPortfolios;
import dev.keel.model.Portfolio;
import dev.keel.model.market.Price;
import java.math.BigDecimal;

/** Books for the exposure view's tests, made from the samples. */
final class ExposureBooks {
  /** The call of the crypto derivatives sample. */
  static final String CALL = "BTC-25DEC26-100000-C";

  private ExposureBooks() {}

  static Portfolio cryptoDerivatives() {
    return TestPortfolios.read(TestPortfolios.CRYPTO_DERIVATIVES);
  }

  /**
   * The crypto derivatives sample with its call marked at 1.5 BTC, more than a call on one BTC can
   * be worth: no volatility gives that price, so its implied volatility is undefined (its Greeks
   * still come from the file's smile).
   */
  static Portfolio withCallAboveItsBound() {
    Portfolio sample = cryptoDerivatives();
    return sample.toBuilder()
        .market(
            sample
                .market()
                .withPrice(new Price(CALL, new BigDecimal("1.5"), sample.market().asOf())))
        .build();
  }
}
