package dev.keel.analytics.exposure;

import dev.keel.analytics.pricing.OptionPricer;
import dev.keel.analytics.pricing.OptionSpec;
import dev.keel.model.AssetType;
import dev.keel.model.CashBalance;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A book's positions on one root underlying reduced to what a move of it changes, so that each
 * point of a P&amp;L profile costs one price per option and nothing per other position.
 *
 * <p>A move m multiplies the underlying's price and every price written on it (futures, perpetuals,
 * an option's forward) by {@code 1 + m}. Spot holdings, linear contracts, inverse contracts settled
 * in the underlying's own coin and cash in that coin then change by a fixed amount per unit of m,
 * summed in {@code linear}; an inverse contract settled in another coin changes by {@code N X / P x
 * m / (1 + m)}, summed in {@code hyperbolic}; each option is repriced.
 */
final class UnderlyingRevaluation {
  private final Instant firstExpiry;
  private final double linear;
  private final double hyperbolic;
  private final RevaluedOption[] options;
  private final List<String> warnings;

  private UnderlyingRevaluation(
      Instant firstExpiry,
      double linear,
      double hyperbolic,
      List<RevaluedOption> options,
      List<String> warnings) {
    this.firstExpiry = firstExpiry;
    this.linear = linear;
    this.hyperbolic = hyperbolic;
    this.options = options.toArray(RevaluedOption[]::new);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * The held positions of a valid portfolio on {@code underlying}, under the view's market.
   *
   * @throws IllegalArgumentException when no held position is on it
   */
  static UnderlyingRevaluation of(
      Portfolio portfolio, MarketView view, String underlying, OptionValuer valuer) {
    List<Position> onIt = new ArrayList<>();
    Instant asOf = view.market().asOf();
    Instant first = null;
    for (Position position : portfolio.positions()) {
      Instrument instrument = view.instrument(position.symbol());
      if (position.quantity().signum() == 0
          || instrument == null
          || !view.root(instrument).equals(underlying)) {
        continue;
      }
      onIt.add(position);
      Instant expiresAt = view.expiresAt(instrument);
      if (expiresAt != null
          && expiresAt.isAfter(asOf)
          && (first == null || expiresAt.isBefore(first))) {
        first = expiresAt;
      }
    }
    if (onIt.isEmpty()) {
      throw new IllegalArgumentException(
          "no position of the book is on " + underlying + ": take one of underlyings(portfolio)");
    }
    return new Builder(view, underlying, valuer, first).add(onIt, portfolio.cash()).build();
  }

  /** The first expiry of a contract on the underlying after the snapshot's time, or null. */
  Instant firstExpiry() {
    return firstExpiry;
  }

  /** How many options are repriced at each point. */
  int optionCount() {
    return options.length;
  }

  /** Options left out and assumptions made, in the book's order. */
  List<String> warnings() {
    return warnings;
  }

  /** The change of the book's equity, in the base currency, if the underlying moved now. */
  double today(OptionPricer pricer, double move) {
    double change = contracts(move);
    for (RevaluedOption option : options) {
      change += option.today(pricer, move);
    }
    return change;
  }

  /** The same change at the first expiry; only when there is one. */
  double atFirstExpiry(OptionPricer pricer, double move) {
    double change = contracts(move);
    for (RevaluedOption option : options) {
      change += option.atFirstExpiry(pricer, move);
    }
    return change;
  }

  /** Everything but the options: no time value, so the same now and at the first expiry. */
  private double contracts(double move) {
    return linear * move + hyperbolic * move / (1 + move);
  }

  /** Sorts each position into the sums or the options. */
  private static final class Builder {
    private final MarketView view;
    private final String underlying;
    private final OptionValuer valuer;
    private final Instant firstExpiry;
    private final List<RevaluedOption> options = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private double linear;
    private double hyperbolic;

    Builder(MarketView view, String underlying, OptionValuer valuer, Instant firstExpiry) {
      this.view = view;
      this.underlying = underlying;
      this.valuer = valuer;
      this.firstExpiry = firstExpiry;
    }

    Builder add(List<Position> positions, List<CashBalance> cash) {
      for (Position position : positions) {
        Instrument instrument = view.instrument(position.symbol());
        if (instrument.type() == AssetType.OPTION) {
          option(position, instrument);
        } else if (instrument.type().isDerivative() && instrument.terms().isInverse()) {
          inverse(position, instrument);
        } else {
          // spot: its value; a linear contract: its notional (its profit moves by as much)
          linear +=
              position.quantity().doubleValue()
                  * instrument.multiplier().doubleValue()
                  * view.price(instrument.symbol())
                  * view.fx(instrument.quoteCurrency());
        }
      }
      for (CashBalance balance : cash) {
        if (balance.currency().equals(underlying) && !underlying.equals(view.baseCurrency())) {
          linear += balance.amount().doubleValue() * view.fx(underlying);
        }
      }
      return this;
    }

    /**
     * An inverse contract of face N entered at E, price P, settled in a coin worth X: its profit is
     * {@code N (1/E - 1/P)} coins. Settled in the underlying's coin, X moves with P, and the profit
     * changes by {@code N X / E x m}; settled in another, by {@code N X / P x m / (1 + m)}.
     */
    private void inverse(Position position, Instrument instrument) {
      DerivativeTerms terms = instrument.terms();
      double face = position.quantity().doubleValue() * terms.contractSize().doubleValue();
      double price = view.price(instrument.symbol());
      double coin = view.fx(terms.settlementCurrency());
      if (position.entryPrice() == null) {
        warnings.add(
            name(position)
                + ": no entry price, so its profit so far is taken as 0 (entry at today's price):"
                + " add \"entryPrice\"");
      }
      double entry = position.entryPrice() == null ? price : position.entryPrice().doubleValue();
      if (terms.settlementCurrency().equals(underlying)) {
        linear += face * coin / entry;
      } else {
        hyperbolic += face * coin / price;
      }
    }

    private void option(Position position, Instrument instrument) {
      OptionValuer.Inputs inputs = valuer.inputs(instrument, view);
      OptionSpec spec = inputs.spec();
      if (!inputs.hasVolatility() && spec.years() > 0) {
        warnings.add(
            name(position)
                + ": no volatility given and its price implies none ("
                + (inputs.implied() == null ? "no mark price" : inputs.implied().undefinedReason())
                + "), so it is left out of the profile: add it to volatilities");
        return;
      }
      double weight =
          position.quantity().doubleValue()
              * instrument.multiplier().doubleValue()
              * view.fx(view.currencyOf(instrument.terms().underlying()));
      double yearsAtFirstExpiry =
          firstExpiry == null ? 0 : MarketView.yearsBetween(firstExpiry, inputs.expiresAt());
      options.add(
          new RevaluedOption(spec, weight, valuer.pricer().price(spec), yearsAtFirstExpiry));
    }

    private static String name(Position position) {
      return position.account() + " " + position.symbol();
    }

    UnderlyingRevaluation build() {
      return new UnderlyingRevaluation(firstExpiry, linear, hyperbolic, options, warnings);
    }
  }
}
