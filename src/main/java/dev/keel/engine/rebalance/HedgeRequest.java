package dev.keel.engine.rebalance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What {@code keel hedge} is asked: bring one underlying's net delta to a target with an
 * instrument, and optionally its vega to a target with an option first.
 *
 * @param underlying the underlying whose exposure is hedged (BTC, SPX)
 * @param delta the net delta asked for, in units of the underlying (0 for delta-neutral)
 * @param via the instrument that closes the delta gap; {@code null} for the mandate's hedge of the
 *     underlying, or the underlying itself
 * @param account the account that trades; {@code null} for the one holding {@code via}
 * @param vega the net vega asked for, base currency per volatility point; {@code null} for none
 * @param vegaVia the option that closes the vega gap; required with {@code vega}
 */
public record HedgeRequest(
    String underlying,
    BigDecimal delta,
    String via,
    String account,
    BigDecimal vega,
    String vegaVia) {

  public HedgeRequest {
    Objects.requireNonNull(underlying, "underlying");
    Objects.requireNonNull(delta, "delta");
    if ((vega == null) != (vegaVia == null)) {
      throw new IllegalArgumentException("a vega target needs the option to reach it with");
    }
  }

  /** The request in words, as the command line shows it. */
  public String describe() {
    return "hedge "
        + underlying
        + " delta "
        + delta.toPlainString()
        + (via == null ? "" : " via " + via)
        + (account == null ? "" : " in " + account)
        + (vega == null ? "" : " vega " + vega.toPlainString() + " via " + vegaVia);
  }
}
