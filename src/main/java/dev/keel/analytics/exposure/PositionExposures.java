package dev.keel.analytics.exposure;

import dev.keel.analytics.pricing.Greeks;
import dev.keel.model.AssetType;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.Instrument;
import dev.keel.model.Position;
import java.time.Instant;

/**
 * The exposure of one position, by the kind of contract: spot, a linear perpetual or future, an
 * inverse one, an option. See {@code docs/exposure.md} for each formula.
 */
final class PositionExposures {
  /** A 1 % move, for cash gamma. */
  private static final double ONE_PERCENT = 0.01;

  /** Funding payments a day (every 8 hours). */
  private static final double FUNDINGS_PER_DAY = 3;

  private final MarketView view;
  private final OptionValuer options;

  /** Whether options are taken at their marks, with no Greeks. */
  private final boolean atMarks;

  PositionExposures(MarketView view, OptionValuer options) {
    this(view, options, false);
  }

  PositionExposures(MarketView view, OptionValuer options, boolean atMarks) {
    this.view = view;
    this.options = options;
    this.atMarks = atMarks;
  }

  PositionExposure of(Position position) {
    Instrument instrument = view.instrument(position.symbol());
    return switch (instrument.type()) {
      case OPTION -> atMarks ? optionAtMark(position, instrument) : option(position, instrument);
      case PERPETUAL, FUTURE ->
          instrument.terms().isInverse()
              ? inverse(position, instrument)
              : linear(position, instrument);
      default -> spot(position, instrument);
    };
  }

  private PositionExposure spot(Position position, Instrument instrument) {
    double quantity = position.quantity().doubleValue();
    double price = view.price(instrument.symbol());
    double fx = view.fx(instrument.quoteCurrency());
    double value = quantity * price * instrument.multiplier().doubleValue() * fx;
    return new PositionExposure(
        position.account(),
        instrument.symbol(),
        instrument.type(),
        quantity,
        price,
        instrument.quoteCurrency(),
        null,
        null,
        null,
        null,
        null,
        instrument.symbol(),
        instrument.symbol(),
        price,
        null,
        null,
        linearUnit(price),
        quantity * instrument.multiplier().doubleValue(),
        0,
        0,
        0,
        0,
        value,
        0,
        null,
        value,
        0,
        null);
  }

  /** A linear contract: it moves like quantity x multiplier units; equity holds its profit. */
  private PositionExposure linear(Position position, Instrument instrument) {
    double quantity = position.quantity().doubleValue();
    double multiplier = instrument.multiplier().doubleValue();
    double price = view.price(instrument.symbol());
    double fx = view.fx(instrument.quoteCurrency());
    double entry = entryPrice(position, price);
    double pnl = (price - entry) * quantity * multiplier * fx;
    double notionalQuote = quantity * multiplier * price;
    return contract(
        position,
        instrument,
        price,
        linearUnit(price),
        quantity * multiplier,
        0,
        notionalQuote * fx,
        pnl,
        funding(instrument, notionalQuote * fx));
  }

  /**
   * An inverse contract of face value N a contract, settled in a coin: the contracts move like N /
   * price coins, and the unrealised profit, N x (1 / entry - 1 / price) coins, is itself a coin
   * holding; together they are N / entry coins, so the position has no gamma once its entry is
   * known.
   */
  private PositionExposure inverse(Position position, Instrument instrument) {
    DerivativeTerms terms = instrument.terms();
    double contracts = position.quantity().doubleValue();
    double face = contracts * terms.contractSize().doubleValue();
    double price = view.price(instrument.symbol());
    double quoteFx = view.fx(instrument.quoteCurrency());
    boolean entryKnown = position.entryPrice() != null;
    double entry = entryPrice(position, price);
    double pnlCoins = face * (1 / entry - 1 / price);
    double deltaCoins = face / price + pnlCoins;
    double gamma = entryKnown ? 0 : -face / (price * price);
    double unitDelta = terms.contractSize().doubleValue() / price;
    return contract(
        position,
        instrument,
        price,
        new Greeks(price, unitDelta, 0, 0, 0, 0),
        deltaCoins,
        gamma,
        deltaCoins * price * quoteFx,
        pnlCoins * view.fx(terms.settlementCurrency()),
        funding(instrument, face * quoteFx));
  }

  private PositionExposure contract(
      Position position,
      Instrument instrument,
      double price,
      Greeks unit,
      double delta,
      double gamma,
      double cashDelta,
      double pnl,
      Double fundingPerDay) {
    Instant expiresAt = view.expiresAt(instrument);
    double fx = view.fx(instrument.quoteCurrency());
    return new PositionExposure(
        position.account(),
        instrument.symbol(),
        instrument.type(),
        position.quantity().doubleValue(),
        price,
        instrument.quoteCurrency(),
        null,
        null,
        null,
        null,
        null,
        instrument.terms().underlying(),
        view.root(instrument),
        price,
        expiresAt == null ? null : view.years(expiresAt),
        expiresAt == null ? null : view.days(expiresAt),
        unit,
        delta,
        gamma,
        0,
        0,
        0,
        cashDelta,
        gamma * price * price * ONE_PERCENT * fx,
        null,
        pnl,
        pnl,
        fundingPerDay);
  }

  /** The entry price, or the price itself when none is known (no profit counted). */
  private static double entryPrice(Position position, double price) {
    return position.entryPrice() == null ? price : position.entryPrice().doubleValue();
  }

  /** What a perpetual receives a day: longs pay shorts when the rate is positive. */
  private Double funding(Instrument instrument, double notionalInBase) {
    if (instrument.type() != AssetType.PERPETUAL) {
      return null;
    }
    return view.market()
        .fundingRate(instrument.symbol())
        .map(rate -> -rate.doubleValue() * FUNDINGS_PER_DAY * notionalInBase)
        .orElse(null);
  }

  private PositionExposure option(Position position, Instrument instrument) {
    OptionValuer.Valued valued = options.value(instrument, view);
    double quantity = position.quantity().doubleValue();
    double size = quantity * instrument.multiplier().doubleValue();
    double price = view.price(instrument.symbol());
    double underlyingPrice = valued.underlyingPrice();
    double fx = view.fx(view.currencyOf(instrument.terms().underlying()));
    double value = size * price * valued.premiumFactor() * fx;
    Greeks unit = valued.unit();
    if (unit == null) {
      unit = new Greeks(price * valued.premiumFactor(), 0, 0, 0, 0, 0);
    }
    Double premiumAdjusted =
        valued.coinQuoted() && valued.hasVolatility() ? (unit.delta() - price) * size : null;
    Instant expiresAt = valued.expiresAt();
    return new PositionExposure(
        position.account(),
        instrument.symbol(),
        instrument.type(),
        quantity,
        price,
        instrument.quoteCurrency(),
        valued.hasVolatility() ? unit.price() / valued.premiumFactor() : null,
        valued.implied() != null && valued.implied().isDefined()
            ? valued.implied().volatility()
            : null,
        valued.implied() == null
            ? "no mark price"
            : valued.implied().isDefined() ? null : valued.implied().undefinedReason(),
        valued.hasVolatility() ? valued.spec().volatility() : null,
        valued.method(),
        instrument.terms().underlying(),
        view.root(instrument),
        underlyingPrice,
        view.years(expiresAt),
        view.days(expiresAt),
        unit,
        unit.delta() * size,
        unit.gamma() * size,
        unit.vega() * size * fx,
        unit.theta() * size * fx,
        unit.rho() * size * fx,
        unit.delta() * size * underlyingPrice * fx,
        unit.gamma() * size * underlyingPrice * underlyingPrice * ONE_PERCENT * fx,
        premiumAdjusted,
        value,
        0,
        null);
  }

  /** An option at its mark: its value and nothing that needs a volatility. */
  private PositionExposure optionAtMark(Position position, Instrument instrument) {
    double quantity = position.quantity().doubleValue();
    double size = quantity * instrument.multiplier().doubleValue();
    double price = view.price(instrument.symbol());
    String underlying = instrument.terms().underlying();
    double premiumFactor = options.premiumFactor(instrument, view);
    double fx = view.fx(view.currencyOf(underlying));
    Greeks unit = new Greeks(price * premiumFactor, 0, 0, 0, 0, 0);
    return new PositionExposure(
        position.account(),
        instrument.symbol(),
        instrument.type(),
        quantity,
        price,
        instrument.quoteCurrency(),
        null,
        null,
        "valued at its mark",
        null,
        "mark",
        underlying,
        view.root(instrument),
        view.price(underlying),
        null,
        null,
        unit,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        null,
        size * price * premiumFactor * fx,
        0,
        null);
  }

  private static Greeks linearUnit(double price) {
    return new Greeks(price, 1, 0, 0, 0, 0);
  }
}
