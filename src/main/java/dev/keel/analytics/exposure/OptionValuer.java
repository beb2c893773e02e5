package dev.keel.analytics.exposure;

import dev.keel.analytics.pricing.Greeks;
import dev.keel.analytics.pricing.ImpliedVolResult;
import dev.keel.analytics.pricing.ImpliedVolatility;
import dev.keel.analytics.pricing.OptionModel;
import dev.keel.analytics.pricing.OptionPricer;
import dev.keel.analytics.pricing.OptionSpec;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.Instrument;
import java.time.Instant;
import java.util.Optional;

/**
 * Values one option of a book: which model (Black-76 on a future or perpetual, Black-Scholes-Merton
 * with the underlying's yield on anything else), the volatility it is valued with (the snapshot's,
 * else the one its mark implies), its Greeks per unit and the volatility its mark implies.
 *
 * <p>Everything is worked out in the currency the underlying is priced in, where the strike is. An
 * option quoted in a coin (Deribit's BTC options, premium in BTC, strike in USD) has its premium
 * turned into that currency at the underlying's price, as the venue values it; it is discounted at
 * the interest rate of the currency its premium is paid in (0 for a coin unless the snapshot gives
 * one), which is Deribit's convention.
 */
final class OptionValuer {
  /** A volatility the implied-volatility solver is given and ignores. */
  private static final double ANY_VOL = 0.2;

  private final OptionPricer pricer;
  private final ImpliedVolatility solver;

  OptionValuer(OptionPricer pricer, ImpliedVolatility solver) {
    this.pricer = pricer;
    this.solver = solver;
  }

  /** The pricer options are valued with. */
  OptionPricer pricer() {
    return pricer;
  }

  /**
   * One option valued.
   *
   * @param spec the inputs, with the volatility it is valued with ({@code NaN} when none)
   * @param unit Greeks per unit in the underlying's currency, {@code null} without a volatility
   * @param method the model's name, for the screen
   * @param implied the volatility the mark implies, or why none
   * @param premiumFactor underlying-currency units per unit of the option's quote currency
   * @param coinQuoted whether the premium is in the underlying's coin
   * @param underlyingPrice the price of the option's underlying
   * @param expiresAt the expiry instant
   */
  record Valued(
      OptionSpec spec,
      Greeks unit,
      String method,
      ImpliedVolResult implied,
      double premiumFactor,
      boolean coinQuoted,
      double underlyingPrice,
      Instant expiresAt) {

    /** Whether the option has a volatility to be valued with. */
    boolean hasVolatility() {
      return unit != null;
    }
  }

  /**
   * What one option is valued with, before any Greeks: for a revaluation that needs prices only.
   *
   * @param spec the inputs, with the volatility it is valued with (a placeholder when none)
   * @param hasVolatility whether a volatility is given or implied by the mark
   * @param implied the volatility the mark implies, or why none; {@code null} without a mark, and
   *     from {@link #inputs} when a volatility is given (it is then not solved for)
   * @param premiumFactor underlying-currency units per unit of the option's quote currency
   * @param coinQuoted whether the premium is in the underlying's coin
   * @param expiresAt the expiry instant
   */
  record Inputs(
      OptionSpec spec,
      boolean hasVolatility,
      ImpliedVolResult implied,
      double premiumFactor,
      boolean coinQuoted,
      Instant expiresAt) {}

  Valued value(Instrument option, MarketView view) {
    Inputs inputs = inputs(option, view, true);
    OptionSpec spec = inputs.spec();
    return new Valued(
        spec,
        inputs.hasVolatility() ? pricer.greeks(spec) : null,
        pricer.methodName(spec),
        inputs.implied(),
        inputs.premiumFactor(),
        inputs.coinQuoted(),
        spec.underlyingPrice(),
        inputs.expiresAt());
  }

  /**
   * The inputs of one option, its mark's volatility solved for only when the snapshot gives none
   * (tens of microseconds for an American option, which a revaluation can spare).
   */
  Inputs inputs(Instrument option, MarketView view) {
    return inputs(option, view, false);
  }

  private Inputs inputs(Instrument option, MarketView view, boolean solveAlways) {
    DerivativeTerms terms = option.terms();
    String underlying = terms.underlying();
    double underlyingPrice = view.price(underlying);
    String strikeCurrency = view.currencyOf(underlying);
    boolean coinQuoted = isCoinQuoted(option, view, strikeCurrency);
    double premiumFactor = premiumFactor(option, view);
    Instant expiresAt = view.expiresAt(option);
    OptionModel model =
        view.isForward(underlying) ? OptionModel.BLACK_76 : OptionModel.BLACK_SCHOLES_MERTON;
    double rate = view.market().rate(option.quoteCurrency()).doubleValue();
    double yield =
        model == OptionModel.BLACK_76 ? 0 : view.market().yield(view.root(option)).doubleValue();
    OptionSpec unpriced =
        new OptionSpec(
            terms.right(),
            terms.exercise(),
            model,
            underlyingPrice,
            terms.strike().doubleValue(),
            view.years(expiresAt),
            rate,
            yield,
            ANY_VOL);
    Optional<Double> given =
        view.market()
            .volatilities()
            .of(option.symbol(), underlying, terms.expiry(), terms.strike())
            .map(vol -> vol.doubleValue());
    ImpliedVolResult implied =
        solveAlways || given.isEmpty() ? impliedVol(option, view, unpriced, premiumFactor) : null;
    Double vol = given.orElse(implied != null && implied.isDefined() ? implied.volatility() : null);
    return new Inputs(
        unpriced.withVolatility(vol == null ? ANY_VOL : vol),
        vol != null,
        implied,
        premiumFactor,
        coinQuoted,
        expiresAt);
  }

  /**
   * Underlying-currency units per unit of the option's quote currency: the underlying's price for
   * an option quoted in its coin, else the FX cross.
   */
  double premiumFactor(Instrument option, MarketView view) {
    String underlying = option.terms().underlying();
    String strikeCurrency = view.currencyOf(underlying);
    return isCoinQuoted(option, view, strikeCurrency)
        ? view.price(underlying)
        : view.fx(option.quoteCurrency()) / view.fx(strikeCurrency);
  }

  private ImpliedVolResult impliedVol(
      Instrument option, MarketView view, OptionSpec spec, double premiumFactor) {
    if (!view.market().prices().containsKey(option.symbol())) {
      return null;
    }
    return solver.solve(spec, view.price(option.symbol()) * premiumFactor);
  }

  /**
   * Whether the option's premium is in the coin it is written on: its quote currency is not the
   * strike's, and is the coin at the root of its underlying or the coin its future settles in.
   */
  private static boolean isCoinQuoted(Instrument option, MarketView view, String strikeCurrency) {
    String quote = option.quoteCurrency();
    if (quote.equals(strikeCurrency)) {
      return false;
    }
    Instrument underlying = view.instrument(option.terms().underlying());
    boolean settlesInIt =
        underlying != null
            && underlying.terms() != null
            && quote.equals(underlying.terms().settlementCurrency());
    return settlesInIt || quote.equals(view.root(option));
  }
}
