package dev.keel.analytics.pricing;

/**
 * The range of values an option can take over all volatilities, from no volatility to infinite
 * volatility: no-arbitrage bounds that no model can leave.
 *
 * <p>A European call lies in {@code [max(S e^{-qT} - K e^{-rT}, 0), S e^{-qT})} and a put in {@code
 * [max(K e^{-rT} - S e^{-qT}, 0), K e^{-rT})} (R. C. Merton 1973; on a future {@code S e^{-qT}} is
 * {@code F e^{-rT}}). An American option whose early exercise can pay is also worth at least its
 * intrinsic value, and less than S (call) or K (put).
 *
 * @param lower the lowest value, reached at zero volatility
 * @param upper the least upper bound, approached as the volatility grows without end
 * @param lowerName the lower bound in words, for the reasons of an undefined volatility
 */
record PriceBounds(double lower, double upper, String lowerName) {

  static PriceBounds of(OptionSpec spec) {
    double t = spec.years();
    double strikePv = spec.strike() * Math.exp(-spec.rate() * t);
    double underlyingPv =
        spec.underlyingPrice()
            * Math.exp((spec.model() == OptionModel.BLACK_76 ? -spec.rate() : -spec.yield()) * t);
    boolean call = spec.isCall();
    double discountedIntrinsic =
        Math.max(call ? underlyingPv - strikePv : strikePv - underlyingPv, 0);
    if (!OptionPricer.exerciseMayPayEarly(spec)) {
      return new PriceBounds(
          discountedIntrinsic, call ? underlyingPv : strikePv, "discounted intrinsic value");
    }
    double intrinsic = spec.intrinsicValue();
    double upper = call ? spec.underlyingPrice() : spec.strike();
    return intrinsic >= discountedIntrinsic
        ? new PriceBounds(intrinsic, upper, "intrinsic value")
        : new PriceBounds(discountedIntrinsic, upper, "discounted intrinsic value");
  }
}
