package dev.keel.analytics.pricing;

/**
 * The Bjerksund-Stensland (2002) approximation of an American option: the exact value of exercising
 * at a flat trigger price in each of two periods of the option's life, a lower bound of the true
 * value and within a few thousandths of it for common inputs.
 *
 * <p>P. Bjerksund and G. Stensland, "Closed form valuation of American options", discussion paper
 * 2002:9, Norwegian School of Economics (NHH), revised 21 October 2002; the same formulas in Haug
 * 2007, section 3.1.4. Time to maturity T is split at {@code t = (sqrt 5 - 1) T / 2}; before it the
 * call is exercised at the trigger {@code X = B0 + (Binf - B0)(1 - e^{h(T)})}, after it at {@code x
 * = B0 + (Binf - B0)(1 - e^{h(t)})}, between the trigger at expiry {@code B0 = max(K, r K / (r -
 * b))} and the perpetual one {@code Binf = beta K / (beta - 1)}. The second trigger takes {@code
 * h(t)} as Haug prints it, and these values reproduce his table of the approximation to four
 * decimals (BjerksundStensland2002Test); the reading {@code h(T - t)} gives values below the
 * one-period approximation of 1993. The value is a sum of terms phi (one barrier, one period) and
 * psi (two periods, with the bivariate normal at correlation {@code sqrt(t / T)}).
 *
 * <p>A put is valued through the put-call transformation {@code P(S, K, T, r, b, sigma) = C(K, S,
 * T, r - b, -b, sigma)} (Bjerksund and Stensland 1993). A call with {@code b >= r} is never
 * exercised early and is worth the European call. Keel's additions, each a guard that keeps the
 * value a feasible strategy's: the triggers are held within [B0, Binf]; the result is never below
 * the European value nor the intrinsic value, and a premium over the European value below {@link
 * #ROUNDING} is dropped; terms whose power would overflow are formed in logarithms; with zero
 * volatility the path is certain and the best exercise time is found in closed form.
 */
final class BjerksundStensland2002 {
  /** The first period's share of the option's life: (sqrt 5 - 1) / 2. */
  private static final double FIRST_PERIOD = 0.5 * (Math.sqrt(5.0) - 1.0);

  /** The bivariate normal at the correlation of the log-price at the split and at expiry. */
  private static final BivariateNormal SAME =
      BivariateNormal.withCorrelation(Math.sqrt(FIRST_PERIOD));

  /** The same at the opposite correlation, for the reflected paths. */
  private static final BivariateNormal OPPOSITE =
      BivariateNormal.withCorrelation(-Math.sqrt(FIRST_PERIOD));

  /**
   * Early-exercise premiums below this share of S + K are taken as the rounding of the sum of
   * terms, each of the order of S or K (at low volatilities with powers formed in logarithms of
   * several thousand), and dropped: the value is then the European one. The rounding seen on the
   * test grid reaches 3e-11 of S + K at a volatility of 1e-4.
   */
  static final double ROUNDING = 1e-10;

  private BjerksundStensland2002() {}

  /**
   * The value of an American option: spot (or future) {@code s}, strike {@code k}, time {@code t}
   * in years, rate {@code r}, cost of carry {@code b} (r - q on a spot, 0 on a future), volatility
   * {@code vol}.
   */
  static double price(boolean call, double s, double k, double t, double r, double b, double vol) {
    double intrinsic = Math.max(call ? s - k : k - s, 0.0);
    if (t == 0) {
      return intrinsic;
    }
    double european = BlackScholesFormulas.price(call, s, k, t, r, r - b, vol);
    double approximation =
        call ? callValue(s, k, t, r, b, vol) : callValue(k, s, t, r - b, -b, vol);
    if (approximation - european < ROUNDING * (s + k)) {
      approximation = european;
    }
    return Math.max(approximation, Math.max(european, intrinsic));
  }

  /** The American call by the two-period flat-trigger strategy. */
  private static double callValue(double s, double k, double t, double r, double b, double vol) {
    if (b >= r) {
      return BlackScholesFormulas.price(true, s, k, t, r, r - b, vol);
    }
    if (vol == 0) {
      return certainCall(s, k, t, r, b);
    }
    double v2 = vol * vol;
    double drift = b / v2 - 0.5;
    double beta = -drift + Math.sqrt(drift * drift + 2 * r / v2);
    double perpetual = beta / (beta - 1) * k;
    double atExpiry = Math.max(k, r / (r - b) * k);
    double whole = trigger(t, k, b, vol, atExpiry, perpetual);
    if (s >= whole) {
      return s - k;
    }
    double t1 = FIRST_PERIOD * t;
    double rest = trigger(t1, k, b, vol, atExpiry, perpetual);
    Terms terms = new Terms(s, r, b, vol, t1, t, whole, rest);
    double upper = whole - k;
    double lower = rest - k;
    double lnX = Math.log(whole);
    double lnx = Math.log(rest);
    double lnK = Math.log(k);
    return upper * Math.exp(beta * (Math.log(s) - lnX))
        - upper * terms.phi(beta, lnX, lnX, lnX)
        + terms.phi(1, lnX, lnX, 0)
        - terms.phi(1, lnx, lnX, 0)
        - k * terms.phi(0, lnX, lnX, 0)
        + k * terms.phi(0, lnx, lnX, 0)
        + lower * terms.phi(beta, lnx, lnX, lnx)
        - lower * terms.psi(beta, lnx, lnx)
        + terms.psi(1, lnx, 0)
        - terms.psi(1, lnK, 0)
        - k * terms.psi(0, lnx, 0)
        + k * terms.psi(0, lnK, 0);
  }

  /**
   * A flat trigger: {@code B0 + (Binf - B0)(1 - e^{h})}, {@code h = -(b tau + 2 sigma sqrt tau) K^2
   * / ((Binf - B0) B0)}, held within [B0, Binf].
   */
  private static double trigger(
      double tau, double k, double b, double vol, double atExpiry, double perpetual) {
    double spread = perpetual - atExpiry;
    if (!(spread > 0)) {
      return atExpiry;
    }
    double h = -(b * tau + 2 * vol * Math.sqrt(tau)) * k * k / (spread * atExpiry);
    double level = atExpiry + spread * -Math.expm1(h);
    return Math.min(Math.max(level, atExpiry), perpetual);
  }

  /**
   * The call on a certain path ({@code S e^{b u}} at time u): exercised now, at expiry or at the
   * time u* where {@code e^{-r u} (S e^{b u} - K)} peaks, whichever is worth most.
   */
  private static double certainCall(double s, double k, double t, double r, double b) {
    double best = Math.max(s - k, Math.exp(-r * t) * (s * Math.exp(b * t) - k));
    if (b != 0 && r != 0) {
      double peak = Math.log(r * k / ((r - b) * s)) / b;
      if (peak > 0 && peak < t) {
        best = Math.max(best, Math.exp(-r * peak) * (s * Math.exp(b * peak) - k));
      }
    }
    return Math.max(best, 0.0);
  }

  /**
   * The phi and psi terms of one valuation, which share the spot, the rates, both periods and the
   * logarithms of the spot and the triggers. Each term is divided by base^gamma (given as its
   * logarithm), so that the large powers of gamma = beta stay finite.
   */
  private static final class Terms {
    private final double r;
    private final double b;
    private final double vol;
    private final double v2;
    private final double t1;
    private final double t;
    private final double sd1;
    private final double sd;
    private final double lnS;
    private final double lnWhole;
    private final double lnRest;

    Terms(
        double s, double r, double b, double vol, double t1, double t, double whole, double rest) {
      this.r = r;
      this.b = b;
      this.vol = vol;
      this.v2 = vol * vol;
      this.t1 = t1;
      this.t = t;
      this.sd1 = vol * Math.sqrt(t1);
      this.sd = vol * Math.sqrt(t);
      this.lnS = Math.log(s);
      this.lnWhole = Math.log(whole);
      this.lnRest = Math.log(rest);
    }

    /**
     * phi(S, t1 | gamma, h, i): the value of S^gamma paid at t1 if S is then at most h and has not
     * reached the trigger i before.
     */
    double phi(double gamma, double lnH, double lnI, double lnBase) {
      double lambda = (-r + gamma * b + 0.5 * gamma * (gamma - 1) * v2) * t1;
      double kappa = 2 * b / v2 + 2 * gamma - 1;
      double mean = (b + (gamma - 0.5) * v2) * t1;
      double d1 = (lnS - lnH + mean) / sd1;
      double d2 = (2 * lnI - lnS - lnH + mean) / sd1;
      double logScale = lambda + gamma * (lnS - lnBase);
      return scaled(logScale, StandardNormal.cdf(-d1))
          - scaled(logScale + kappa * (lnI - lnS), StandardNormal.cdf(-d2));
    }

    /**
     * psi(S, T | gamma, h, X, x, t1): the value of S^gamma paid at T if S is then at most h and has
     * reached neither the trigger X before t1 nor x after it.
     */
    double psi(double gamma, double lnH, double lnBase) {
      double lambda = (-r + gamma * b + 0.5 * gamma * (gamma - 1) * v2) * t;
      double kappa = 2 * b / v2 + 2 * gamma - 1;
      double mu = b + (gamma - 0.5) * v2;
      double lnSx = lnS - lnRest;
      double lnReflected = 2 * lnWhole - lnS - lnRest;
      double e1 = (lnSx + mu * t1) / sd1;
      double e2 = (lnReflected + mu * t1) / sd1;
      double e3 = (lnSx - mu * t1) / sd1;
      double e4 = (lnReflected - mu * t1) / sd1;
      double f1 = (lnS - lnH + mu * t) / sd;
      double f2 = (2 * lnWhole - lnS - lnH + mu * t) / sd;
      double f3 = (2 * lnRest - lnS - lnH + mu * t) / sd;
      double f4 = (lnS + 2 * lnRest - lnH - 2 * lnWhole + mu * t) / sd;
      double logScale = lambda + gamma * (lnS - lnBase);
      return scaled(logScale, SAME.cdf(-e1, -f1))
          - scaled(logScale + kappa * (lnWhole - lnS), SAME.cdf(-e2, -f2))
          - scaled(logScale + kappa * (lnRest - lnS), OPPOSITE.cdf(-e3, -f3))
          + scaled(logScale + kappa * (lnRest - lnWhole), OPPOSITE.cdf(-e4, -f4));
    }

    /** {@code e^{logFactor} p}, with no overflow of the factor when p is tiny or 0. */
    private static double scaled(double logFactor, double probability) {
      return probability <= 0 ? 0.0 : Math.exp(logFactor + Math.log(probability));
    }
  }
}
