package dev.keel.engine.rebalance;

import dev.keel.analytics.exposure.BookExposure;
import dev.keel.analytics.exposure.ExposureCalculator;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.analytics.exposure.UnderlyingExposure;
import dev.keel.engine.Valuation;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.Roots;
import dev.keel.model.market.MarketSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposes the trades that bring one underlying's net delta to a target, in whole lots of one
 * instrument (a perpetual, a future, the spot itself), and optionally its vega first with an
 * option, whose delta the delta hedge then takes in. The result is a {@link Proposal} like a
 * rebalance's, reviewed and exported the same way. Stateless.
 */
public final class Hedger {
  /** The shared instance. */
  public static final Hedger DEFAULT = new Hedger();

  private static final RebalanceSettings SETTINGS = RebalanceSettings.builder().build();

  /** Why the request cannot be carried out on this book, empty when it can. */
  public Optional<String> check(Portfolio portfolio, HedgeRequest request) {
    Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
    String underlying = request.underlying();
    if (!instruments.containsKey(underlying)
        && portfolio.market().underlying(underlying).isEmpty()) {
      return Optional.of(
          "no underlying "
              + underlying
              + " in the book: name a coin, a stock or an entry of underlyings");
    }
    String via = via(portfolio, request);
    Instrument hedge = instruments.get(via);
    if (hedge == null) {
      return Optional.of("no instrument " + via + " to hedge with: declare it, or name another");
    }
    if (!via.equals(underlying) && !underlying.equals(Roots.of(hedge, instruments))) {
      return Optional.of(via + " is not written on " + underlying + ": it cannot hedge it");
    }
    if (!portfolio.market().prices().containsKey(via)) {
      return Optional.of("no price for " + via + ": add it to prices");
    }
    if (request.vegaVia() != null) {
      Instrument option = instruments.get(request.vegaVia());
      if (option == null || option.terms() == null || option.terms().strike() == null) {
        return Optional.of(request.vegaVia() + " is not an option of the book");
      }
      if (!underlying.equals(Roots.of(option, instruments))) {
        return Optional.of(request.vegaVia() + " is not written on " + underlying);
      }
      if (!portfolio.market().prices().containsKey(request.vegaVia())) {
        return Optional.of("no price for " + request.vegaVia() + ": add it to prices");
      }
    }
    if (account(portfolio, request, via) == null) {
      return Optional.of(
          "no account holds "
              + via
              + " or anything on "
              + underlying
              + ": name one with --account");
    }
    if (request.account() != null && !portfolio.accountsById().containsKey(request.account())) {
      return Optional.of("no account " + request.account());
    }
    return Optional.empty();
  }

  /**
   * The hedge of a valid portfolio under its own snapshot.
   *
   * @throws IllegalArgumentException when {@link #check} names a problem
   */
  public Proposal propose(Portfolio portfolio, HedgeRequest request) {
    return propose(portfolio, portfolio.market(), request);
  }

  /** The hedge of a valid portfolio under {@code market}. */
  public Proposal propose(Portfolio portfolio, MarketSnapshot market, HedgeRequest request) {
    check(portfolio, request)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
    Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
    String underlying = request.underlying();
    String via = via(portfolio, request);
    String account = account(portfolio, request, via);
    BookExposure book = ExposureCalculator.DEFAULT.compute(portfolio, market);
    double rootValue = ExposureCalculator.DEFAULT.unitValueInBase(portfolio, market, underlying);
    double delta = 0;
    double vega = 0;
    for (UnderlyingExposure exposure : book.underlyings()) {
      if (exposure.underlying().equals(underlying)) {
        delta = exposure.delta();
        vega = exposure.vega();
      }
    }
    TradePricing pricing = new TradePricing(portfolio, Valuation.of(portfolio, market));
    List<Trade> trades = new ArrayList<>();
    List<RebalanceWarning> warnings = new ArrayList<>();
    if (request.vega() != null) {
      Instrument option = instruments.get(request.vegaVia());
      PositionExposure one = unit(portfolio, market, account, option);
      double wanted = (request.vega().doubleValue() - vega) / one.vega();
      BigDecimal quantity = lots(wanted, option);
      double vegaAfter = vega + quantity.doubleValue() * one.vega();
      double deltaAfter = delta + quantity.doubleValue() * one.cashDelta() / rootValue;
      if (quantity.signum() != 0) {
        trades.add(
            trade(
                pricing,
                trades.size(),
                account,
                option,
                quantity,
                new Reason.Hedge(
                    option.symbol(),
                    underlying,
                    "vega",
                    decimal(vega),
                    request.vega(),
                    decimal(vegaAfter))));
      }
      left(
          warnings, account, option, underlying, "vega", vegaAfter, request.vega(), one.vega(), "");
      delta = deltaAfter;
    }
    Instrument hedge = instruments.get(via);
    PositionExposure one = unit(portfolio, market, account, hedge);
    double perUnit = one.cashDelta() / rootValue;
    BigDecimal quantity = lots((request.delta().doubleValue() - delta) / perUnit, hedge);
    String why = "";
    BigDecimal held = held(portfolio, account, hedge.symbol());
    if (!hedge.type().canBeShort() && held.add(quantity).signum() < 0) {
      // a spot holding cannot go short: sell what is held and say what is left
      quantity = held.negate();
      why =
          "only "
              + held.toPlainString()
              + " "
              + hedge.symbol()
              + " is held in "
              + account
              + " and spot cannot be sold short: hedge with a perpetual or future (--via); ";
    }
    double after = delta + quantity.doubleValue() * perUnit;
    if (quantity.signum() != 0) {
      trades.add(
          trade(
              pricing,
              trades.size(),
              account,
              hedge,
              quantity,
              new Reason.Hedge(
                  via, underlying, "delta", decimal(delta), request.delta(), decimal(after))));
    }
    left(warnings, account, hedge, underlying, "delta", after, request.delta(), perUnit, why);
    return new Proposal(
        Rebalancer.proposalId(portfolio, market, SETTINGS, trades),
        portfolio,
        market,
        SETTINGS,
        trades,
        warnings,
        Map.of());
  }

  /** The instrument the delta is hedged with: the request's, the mandate's, or the spot. */
  private static String via(Portfolio portfolio, HedgeRequest request) {
    if (request.via() != null) {
      return request.via();
    }
    return portfolio.hedges().getOrDefault(request.underlying(), request.underlying());
  }

  /** The account that trades: the request's, the first holding the instrument, or on it. */
  private static String account(Portfolio portfolio, HedgeRequest request, String via) {
    if (request.account() != null) {
      return request.account();
    }
    Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
    String onIt = null;
    for (Position position : portfolio.positions()) {
      if (position.symbol().equals(via)) {
        return position.account();
      }
      Instrument held = instruments.get(position.symbol());
      if (onIt == null
          && held != null
          && request.underlying().equals(Roots.of(held, instruments))) {
        onIt = position.account();
      }
    }
    return onIt;
  }

  /** The exposure of one unit of an instrument held in the account. */
  private static PositionExposure unit(
      Portfolio portfolio, MarketSnapshot market, String account, Instrument instrument) {
    Position one = new Position(account, instrument.symbol(), BigDecimal.ONE);
    return ExposureCalculator.DEFAULT.positions(portfolio, market, List.of(one)).get(0);
  }

  /** What the account holds of an instrument, signed; 0 when nothing. */
  private static BigDecimal held(Portfolio portfolio, String account, String symbol) {
    return portfolio.positions().stream()
        .filter(p -> p.account().equals(account) && p.symbol().equals(symbol))
        .map(Position::quantity)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** A quantity rounded to the nearest whole lot, with its sign. */
  private static BigDecimal lots(double quantity, Instrument instrument) {
    if (!Double.isFinite(quantity)) {
      return BigDecimal.ZERO;
    }
    BigDecimal step = instrument.lotStep();
    return BigDecimal.valueOf(quantity)
        .divide(step, 0, RoundingMode.HALF_EVEN)
        .multiply(step)
        .stripTrailingZeros();
  }

  private static Trade trade(
      TradePricing pricing,
      int index,
      String account,
      Instrument instrument,
      BigDecimal signedQuantity,
      Reason reason) {
    return pricing.trade(
        "T" + (index + 1),
        account,
        instrument,
        signedQuantity.signum() > 0 ? Side.BUY : Side.SELL,
        signedQuantity.abs(),
        Trade.Purpose.HEDGE,
        reason);
  }

  /**
   * Names a gap left larger than half a lot's worth (a minimum the rounding could not meet, or a
   * spot holding sold out), so a hedge that stops short says so; {@code why} comes first when set.
   */
  private static void left(
      List<RebalanceWarning> warnings,
      String account,
      Instrument instrument,
      String underlying,
      String greek,
      double after,
      BigDecimal target,
      double perUnit,
      String why) {
    double gap = Math.abs(after - target.doubleValue());
    double lot = Math.abs(perUnit * instrument.lotStep().doubleValue());
    if (gap > lot / 2 * (1 + 1e-9)) {
      warnings.add(
          new RebalanceWarning(
              RebalanceWarning.Kind.HEDGE_LEFT,
              account,
              instrument.symbol(),
              new RebalanceWarning.HedgeLeft(
                  underlying,
                  greek,
                  decimal(after),
                  why + "one lot of " + instrument.symbol() + " moves it by " + decimal(lot))));
    }
  }

  private static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value).setScale(8, RoundingMode.HALF_EVEN);
  }
}
